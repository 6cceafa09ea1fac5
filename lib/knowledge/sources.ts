/**
 * The source documents the knowledge base cites, and a helper to point at a section of one.
 * Facts tagged [S] in the reference name the commentary they came from in `via`.
 */
import type { Source } from './schema';

export const SRC = {
  ppn0620Model: {
    document: 'The Social Value Model (PPN 06/20 Annex A), Edition 1.1',
    date: '2020-12-03',
  },
  ppn0620Guide: {
    document: 'Guide to using the Social Value Model (PPN 06/20), Edition 1.1',
    date: '2020-12-03',
  },
  ppn0620Table: {
    document: 'Social Value Model Quick Reference Table (PPN 06/20), Edition 3 Dec 2020',
    date: '2020-12-03',
  },
  ppn0620Note: {
    document: 'PPN 06/20: Taking account of social value in the award of central government contracts',
    date: '2020-09-24',
  },
  ppn002Note: {
    document: 'PPN 002: Taking account of social value in the award of central government contracts (HTML)',
    date: '2025-02-13',
    url: 'https://www.gov.uk/government/publications/ppn-002-taking-account-of-social-value-in-the-award-of-contracts',
  },
  ppn002Model: {
    document: 'Procurement Policy Note 002: The Social Value Model',
    date: '2025-02-13',
    url: 'https://assets.publishing.service.gov.uk/media/67ae1529e270ceae39f9e1a0/2025-02-11_PPN_002_The_social_value_model.docx.pdf',
  },
  ppnCollection: {
    document: 'Procurement policy notes (gov.uk collection): PCR 2015 PPNs and Procurement Act 2023 PPNs',
    date: '2025-03-10',
    url: 'https://www.gov.uk/government/collections/procurement-policy-notes',
  },
  gcloud15: {
    document: 'G-Cloud 15 social value declaration (Section B), as exported by GCA',
    date: '2026-10-07',
    via: 'tractorjuice/arc-kit plugins/arckit-uk-gcloud/commands/social-value.md',
  },
  procurementAct: {
    document: 'Procurement Act 2023',
    date: '2023',
    url: 'https://www.legislation.gov.uk/ukpga/2023/54',
  },
  niPpn0121: {
    document: 'Northern Ireland PPN 01/21 Scoring Social Value',
    date: '2022-10-06',
    url: 'https://www.finance-ni.gov.uk/node/52522',
  },
  walesSppp: {
    document: 'Social Partnership and Public Procurement (Wales) Act 2023',
    date: '2023',
    url: 'https://www.legislation.gov.uk/asc/2023/1',
  },
  ppn002Guide: {
    document: 'PPN 002 Guide to using the social value model',
    date: '2025-02-13',
  },
  ppn026: {
    document: 'PPN 026: The Social Value Model (reported; not yet confirmed on gov.uk)',
    date: '2026-08-05',
    via: 'two third-party code files that share one origin (an August 2026 specification pack); no gov.uk text found',
  },
  scotAct: {
    document: 'Procurement Reform (Scotland) Act 2014',
    date: '2014',
  },
  scotFwf: {
    document: 'Scottish Government Fair Work First guidance (gov.scot), grants and contracts from 1 July 2023',
    date: '2023-07-01',
  },
  walesAct: {
    document: 'Well-being of Future Generations (Wales) Act 2015',
    date: '2015',
  },
  tomsFaq: {
    document: 'Social Value Portal FAQ (National TOMs licence)',
    date: '2026',
    url: 'https://socialvalueportal.com/faq/',
  },
  audit: {
    document: 'Social Value Lens knowledge audit against primary sources',
    date: '2026-12-01',
  },
  techUk2025: {
    document: 'techUK response on social value in technology procurement',
    date: '2025-11',
  },
  reference: {
    document: 'Social Value Lens reference notes: UK social value in public tenders',
    date: '2026-11',
  },
} as const satisfies Record<string, Source>;

/** A source pointing at one section of a document, optionally noting the commentary it was read in. */
export function at(src: Source, section: string, via?: string): Source {
  return via === undefined ? { ...src, section } : { ...src, section, via };
}

/** One-line citation, e.g. "The Social Value Model (PPN 06/20 Annex A), Edition 1.1, 2020-12-03, Theme 2". */
export function formatSource(src: Source): string {
  const parts = [src.document, src.date, src.section].filter((p): p is string => p !== undefined);
  return src.via === undefined ? parts.join(', ') : `${parts.join(', ')} (via ${src.via})`;
}

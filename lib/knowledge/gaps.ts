/**
 * Known gaps: facts the knowledge base does not have from a primary source. The overlay can show these so users do
 * not mistake a blank for a fact. Reference section 6 and "Open gaps the product must handle honestly".
 */
import type { Gap } from './schema';
import { SRC, at } from './sources';

const gaps = at(SRC.reference, 'Section 6 (gaps)');

export const GAPS = [
  {
    id: 'gap-tech-matrix',
    title: 'No public tech-category relevance matrix',
    summary:
      "No public techUK or Cabinet Office matrix rating criteria by technology category is known. Social Value Lens's ratings are its own judgement.",
    affects: ['relevance'],
    source: gaps,
    verification: 'unconfirmed',
  },
  {
    id: 'gap-ppn002-outcomes',
    title: 'PPN 002 award criteria beyond 1a-1e, and Outcome 5, not confirmed',
    summary:
      "Outcome 1 (Fair work) and MACs 1a-1d are confirmed; titles of outcomes 2-4 and 6-8 come from CCS's G-Cloud 15 declaration (secondary). Outcome 5, MAC 1e's full title and every MAC after 1e are not confirmed.",
    affects: ['ppn002-o5', 'ppn002-1e'],
    source: gaps,
    verification: 'unconfirmed',
  },
  {
    id: 'gap-reporting-metrics',
    title: 'Reporting metric lists not confirmed',
    summary:
      'The PPN 002 Standard Reporting Metrics (33) and the PPN 06/20 reporting metrics (about 52) are not confirmed; metric kinds shown are indicative.',
    affects: ['ppn-002', 'ppn-06-20'],
    source: gaps,
    verification: 'unconfirmed',
  },
  {
    id: 'gap-ppn0620-titles',
    title: 'Some PPN 06/20 criterion titles not confirmed',
    summary: 'The official wording of several 2020 criteria is not confirmed; the titles shown are our paraphrases.',
    affects: ['ppn-06-20'],
    source: gaps,
    verification: 'unconfirmed',
  },
  {
    id: 'gap-scoring-scale',
    title: 'No confirmed scoring scale',
    summary:
      "No official scoring scale for social value answers is confirmed for either model; use the scale in the buyer's documents.",
    affects: ['ppn-06-20', 'ppn-002'],
    source: gaps,
    verification: 'unconfirmed',
  },
  {
    id: 'gap-ppn026',
    title: 'PPN 026 not confirmed on gov.uk',
    summary:
      'PPN 026 is known only from two third-party code files that share one origin (an August 2026 specification pack); no gov.uk text found. Shown only when a buyer names it, as information, never as a rule.',
    affects: ['ppn-026'],
    source: gaps,
    verification: 'unconfirmed',
  },
  {
    id: 'gap-thresholds-limits',
    title: 'Thresholds and typical word limits not confirmed',
    summary:
      'The PPN 06/20 value threshold and any typical word limit are not confirmed; read the limit from the question itself.',
    affects: ['ppn-06-20'],
    source: gaps,
    verification: 'unconfirmed',
  },
  {
    id: 'gap-northern-ireland',
    title: 'Northern Ireland: scoring note only',
    summary:
      'NI PPN 01/21 Scoring Social Value (from 1 Jun 2022, at least 10% of the total award criteria at the PCR thresholds) is used by the weighting check; its indicator framework and the four themes (secure employment and skills; ethical and resilient supply chains; zero carbon; well-being, secondary) are not modelled as outcomes. A rise to 20% is unconfirmed.',
    affects: ['uk-ni'],
    source: at(SRC.niPpn0121, 'Minimum weighting; themes (Carson McDowell, Procura+)'),
    verification: 'unconfirmed',
  },
] as const satisfies readonly Gap[];

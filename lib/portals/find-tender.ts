import type { PortalInput } from './schema';

export const findTender: PortalInput = {
  id: 'find-tender',
  name: 'Find a Tender (and supplier information)',
  hosts: ['*.find-tender.service.gov.uk'],
  tenderReference: ['/Notice/(\\d{6}-\\d{4})', '\\b(\\d{6}-\\d{4})\\b'],
  countRule: 'govuk',
  crlf: false,
  fixtures: [{ route: 'findTenderSocialValue', fields: 4, socialValue: 2 }],
  notes: 'Notices are read-only; answer fields are on supplier-information (GOV.UK Frontend 6 character count).',
  source: 'portals.md sections 1-2 (CDP source code, captured notice HTML)',
  verification: 'verified',
};

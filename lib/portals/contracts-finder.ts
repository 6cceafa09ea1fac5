import type { PortalInput } from './schema';

export const contractsFinder: PortalInput = {
  id: 'contracts-finder',
  name: 'Contracts Finder',
  hosts: ['www.contractsfinder.service.gov.uk'],
  tenderReference: ['/Notice/([0-9a-f-]{36})'],
  countRule: 'govuk',
  crlf: false,
  notes: 'Read-only notices; useful for award criteria and weightings before a bid.',
  source: 'portals.md section 3 (captured HTML)',
  verification: 'verified',
};

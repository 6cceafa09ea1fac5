import type { PortalInput } from './schema';

export const publicContractsScotland: PortalInput = {
  id: 'public-contracts-scotland',
  name: 'Public Contracts Scotland (and PCS-Tender)',
  hosts: ['*.publiccontractsscotland.gov.uk'],
  tenderReference: ['\\b(SC Ref:\\s?\\d+)', '[?&]ID=([A-Z0-9]+)', '\\b((?:itt|rfq|project)_\\d+)\\b'],
  countRule: 'word',
  crlf: true,
  notes: 'Notices here; tenders in PCS-Tender (Jaggaer) on a subdomain. Community benefits cues in notice text.',
  source: 'portals.md sections 11 and 6',
  verification: 'verified',
};

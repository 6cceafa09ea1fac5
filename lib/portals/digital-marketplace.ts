import type { PortalInput } from './schema';

export const digitalMarketplace: PortalInput = {
  id: 'digital-marketplace',
  name: 'Digital Marketplace',
  hosts: ['www.digitalmarketplace.service.gov.uk'],
  tenderReference: ['/opportunities/(\\d+)', '/services/(\\d+)', '/frameworks/([a-z0-9-]+)'],
  countRule: 'govuk',
  crlf: false,
  fixtures: [{ route: 'digitalMarketplaceService', fields: 2, socialValue: 1 }],
  notes: 'Word limits are machine-readable (data-max-length-in-words); the word counter counts runs of non-space.',
  source: 'portals.md section 4 (digitalmarketplace-frontend-toolkit word-counter.js)',
  verification: 'verified',
};

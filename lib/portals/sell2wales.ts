import type { PortalInput } from './schema';

export const sell2wales: PortalInput = {
  id: 'sell2wales',
  name: 'Sell2Wales',
  hosts: ['www.sell2wales.gov.wales'],
  tenderReference: ['\\b(WA Ref:\\s?\\d+)', '[?&]ID=([A-Z0-9]+)'],
  countRule: 'word',
  crlf: true,
  notes: 'Bilingual notices and Postbox responses; full tenders in eTenderWales (Jaggaer).',
  source: 'portals.md section 12',
  verification: 'verified',
};

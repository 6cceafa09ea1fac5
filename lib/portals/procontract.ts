import type { PortalInput } from './schema';

export const procontract: PortalInput = {
  id: 'procontract',
  name: 'ProContract (Proactis)',
  hosts: ['procontract.due-north.com'],
  tenderReference: ['[?&](?:advertId|resourceId)=([0-9a-f-]+)', '\\b(DN\\d{5,})\\b'],
  countRule: 'word',
  crlf: true,
  knownSelectors: { answer: 'textarea[id$="_txtAnswer"]' },
  fixtures: [{ route: 'procontractWebforms', fields: 3, socialValue: 2, selectors: { answer: 3 } }],
  notes: 'ASP.NET response wizard; free-text question DOM unknown.',
  source: 'portals.md section 9',
  verification: 'secondary',
};

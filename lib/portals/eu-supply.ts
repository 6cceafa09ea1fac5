import type { PortalInput } from './schema';

export const euSupply: PortalInput = {
  id: 'eu-supply',
  name: 'Mercell / EU-Supply',
  hosts: ['*.eu-supply.com'],
  tenderReference: ['/PublicPurchase/(\\d+)', '[?&]PID=(\\d+)'],
  countRule: 'word',
  crlf: true,
  knownSelectors: { ckeditor: '.ck-editor__editable' },
  fixtures: [{ route: 'euSupplyCkeditor5', fields: 2, socialValue: 1, selectors: { ckeditor: 2 } }],
  notes: 'ASP.NET MVC; question DOM unknown.',
  source: 'portals.md section 14',
  verification: 'secondary',
};

import type { PortalInput } from './schema';

export const inTend: PortalInput = {
  id: 'in-tend',
  name: 'In-Tend',
  hosts: ['*.in-tendhost.co.uk'],
  tenderReference: ['[?&](?:id|tenderId)=(\\d+)'],
  countRule: 'word',
  crlf: true,
  knownSelectors: { answer: 'textarea[id^="ctl00_cphMain_"]' },
  fixtures: [{ route: 'inTendNegative', fields: 4, socialValue: 0, selectors: { answer: 5 } }],
  notes: 'ASP.NET WebForms (ctl00_ ids, postbacks); mostly document upload, e-Evaluation questions optional.',
  source: 'portals.md section 10',
  verification: 'secondary',
};

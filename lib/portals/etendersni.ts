import type { PortalInput } from './schema';

export const etendersNi: PortalInput = {
  id: 'etendersni',
  name: 'eTendersNI',
  hosts: ['etendersni.gov.uk', 'www.etendersni.gov.uk'],
  tenderReference: ['[?&](?:resourceId|cftId)=(\\d+)'],
  countRule: 'word',
  crlf: true,
  fixtures: [{ route: 'etendersniDynamic', fields: 1, socialValue: 0 }],
  notes: 'EPPS platform: text areas show their maximum characters beside the box.',
  source: 'portals.md section 13',
  verification: 'secondary',
};

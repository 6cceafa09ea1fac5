import type { PortalInput } from './schema';

export const delta: PortalInput = {
  id: 'delta',
  name: 'Delta eSourcing',
  hosts: ['*.delta-esourcing.com'],
  tenderReference: ['[?&](?:displayNoticeId|noticeId)=(\\d+)'],
  countRule: 'word',
  crlf: true,
  notes: 'Response Manager stages; question DOM unknown.',
  source: 'portals.md section 8',
  verification: 'secondary',
};

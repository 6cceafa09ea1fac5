import type { PortalInput } from './schema';

export const delta: PortalInput = {
  id: 'delta',
  name: 'Delta eSourcing',
  hosts: ['*.delta-esourcing.com'],
  tenderReference: ['[?&](?:displayNoticeId|noticeId)=(\\d+)'],
  countRule: 'word',
  crlf: true,
  knownSelectors: { tinymceFrame: 'iframe.tox-edit-area__iframe' },
  fixtures: [{ route: 'deltaTinymce', fields: 2, socialValue: 1, selectors: { tinymceFrame: 2 } }],
  notes: 'Response Manager stages; question DOM unknown.',
  source: 'portals.md section 8',
  verification: 'secondary',
};

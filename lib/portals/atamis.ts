import type { PortalInput } from './schema';

export const atamis: PortalInput = {
  id: 'atamis',
  name: 'Atamis (Salesforce)',
  hosts: [
    'atamis-1928.my.site.com',
    'atamis-9529.my.site.com',
    'atamis-ukparliament.my.site.com',
    'atamis-1928.my.salesforce-sites.com',
    'atamis-9529.my.salesforce-sites.com',
    'atamis-ukparliament.my.salesforce-sites.com',
  ],
  tenderReference: ['\\b([A-Z]{2,}[-_ ]?\\d{3,}[-/A-Z0-9]*)\\b'],
  countRule: 'word',
  crlf: false,
  knownSelectors: { textArea: 'textarea.slds-textarea', richText: '.slds-rich-text-editor .ql-editor' },
  fixtures: [{ route: 'atamisRequirements', fields: 5, socialValue: 2, selectors: { textArea: 4, richText: 1 } }],
  notes: 'Lightning single-page app: fields may sit in shadow roots and Rich Text answers are contenteditable.',
  source: 'portals.md section 7 (hosts medium, DOM inferred)',
  verification: 'secondary',
};

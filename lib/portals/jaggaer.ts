import type { PortalInput } from './schema';

export const jaggaer: PortalInput = {
  id: 'jaggaer',
  name: 'Jaggaer / BravoSolution eSourcing',
  hosts: ['*.bravosolution.co.uk', '*.app.jaggaer.com', '*.ukp.app.jaggaer.com'],
  tenderReference: ['\\b((?:itt|rfq|tender|project)_\\d+)\\b'],
  countRule: 'word',
  crlf: true,
  knownSelectors: { answer: 'table.form-table textarea', sectionRow: 'table.form-table th[colspan]' },
  fixtures: [{ route: 'jaggaerQuestionnaire', fields: 6, socialValue: 2, selectors: { answer: 6, sectionRow: 4 } }],
  notes:
    'Server-rendered questionnaire tables in envelopes (Qualification, Technical, Commercial). Question DOM not captured.',
  source: 'portals.md section 6 (hosts and paths high confidence; question DOM low)',
  verification: 'secondary',
};

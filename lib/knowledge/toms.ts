/**
 * National TOMs: recognition only. The TOMs framework, "including values and figures", is licensed CC BY-NC-ND 4.0
 * (Social Value Portal FAQ), so Social Value Lens ships no measure, measure id or proxy value: it only recognises that
 * a question uses TOMs and points the user to the buyer's documents. Reference section 4.1.
 */
import type { TomsRecognition } from './schema';
import { SRC, at } from './sources';

export const TOMS = {
  id: 'toms-recognition',
  modelId: 'toms',
  title: 'National TOMs (Themes, Outcomes, Measures)',
  summary:
    'A measurement framework owned by the Social Value Portal, used mostly by local government. It is separate from the government Social Value Models (PPN 06/20, PPN 002).',
  owner: 'Social Value Portal / National Social Value Taskforce',
  licence: 'CC BY-NC-ND 4.0',
  licenceUrl: 'https://socialvalueportal.com/faq/',
  detectionTerms: ['National TOMs', 'TOMs', 'Themes, Outcomes and Measures', 'Social Value Portal', 'TOM System'],
  userMessage:
    "This question uses the buyer's TOMs measures; see the buyer's documents for the measures and how they are valued. Social Value Lens does not reproduce TOMs content.",
  source: at(SRC.tomsFaq, 'Licence'),
  verification: 'verified',
} as const satisfies TomsRecognition;

/**
 * Wales: the seven well-being goals of the Well-being of Future Generations (Wales) Act 2015, in the Act's order
 * ([V] in the reference, section 4.2). Goal names are the Act's; summaries are our short readings, and
 * nearestTheme maps each goal to the closest PPN 06/20 theme.
 */
import type { Fact, FrameworkItem } from './schema';
import { SRC, at } from './sources';

const goal = (n: number) => at(SRC.walesAct, `Well-being goal ${n}`);

export const WALES_GOALS = [
  {
    id: 'wales-goal-1',
    modelId: 'wales-wellbeing-goals',
    nearestTheme: 'economic-inequality',
    alsoNear: ['climate'],
    title: 'A prosperous Wales',
    summary: 'A productive, low-carbon economy with decent work and skills for people across Wales.',
    source: goal(1),
    verification: 'verified',
  },
  {
    id: 'wales-goal-2',
    modelId: 'wales-wellbeing-goals',
    nearestTheme: 'climate',
    title: 'A resilient Wales',
    summary: 'A healthy natural environment and biodiversity that can adapt to change.',
    source: goal(2),
    verification: 'verified',
  },
  {
    id: 'wales-goal-3',
    modelId: 'wales-wellbeing-goals',
    nearestTheme: 'equal-opportunity',
    title: 'A more equal Wales',
    summary: 'People can reach their potential whatever their background or circumstances.',
    source: goal(3),
    verification: 'verified',
  },
  {
    id: 'wales-goal-4',
    modelId: 'wales-wellbeing-goals',
    nearestTheme: 'wellbeing',
    title: 'A healthier Wales',
    summary: 'Better physical and mental health for people in Wales.',
    source: goal(4),
    verification: 'verified',
  },
  {
    id: 'wales-goal-5',
    modelId: 'wales-wellbeing-goals',
    nearestTheme: 'wellbeing',
    title: 'A Wales of cohesive communities',
    summary: 'Attractive, viable, safe and well-connected communities.',
    source: goal(5),
    verification: 'verified',
  },
  {
    id: 'wales-goal-6',
    modelId: 'wales-wellbeing-goals',
    nearestTheme: 'wellbeing',
    title: 'A Wales of vibrant culture and thriving Welsh language',
    summary: 'Culture, heritage and the Welsh language are supported and used.',
    source: goal(6),
    verification: 'verified',
  },
  {
    id: 'wales-goal-7',
    modelId: 'wales-wellbeing-goals',
    nearestTheme: 'climate',
    alsoNear: ['equal-opportunity'],
    title: 'A globally responsible Wales',
    summary: 'Takes account of whether doing something may make a positive contribution to global well-being.',
    source: goal(7),
    verification: 'verified',
  },
] as const satisfies readonly FrameworkItem[];

/**
 * The Social Partnership and Public Procurement (Wales) Act 2023 duties (audit M7, [V] s.24; s.25-27 [V]/[S]) and
 * the five ways of working Welsh evaluators look for (WFG Act 2015 s.5). Our short readings; shown as guidance.
 */
export const WALES_FACTS = [
  {
    id: 'wales-sppp-s24',
    appliesTo: ['wales-wellbeing-goals'],
    title: 'Socially responsible procurement duty (SPPP Act s.24)',
    summary:
      'A Welsh contracting authority must seek to improve the economic, social, environmental and cultural well-being of its area by procuring in a socially responsible way, set and publish socially responsible procurement objectives, and take all reasonable steps to meet them; provisions must be proportionate to the contract value.',
    source: at(SRC.walesSppp, 'Section 24'),
    verification: 'verified',
  },
  {
    id: 'wales-sppp-s25-26',
    appliesTo: ['wales-wellbeing-goals'],
    title: 'Social public works and workforce clauses (SPPP Act ss.25-27)',
    summary:
      'Major construction contracts over £2m including VAT must consider social public works clauses (s.25); outsourcing services contracts must include social public workforce clauses (s.26). Clause categories include prompt payment, employing under-represented groups and compliance with employment rights, including the minimum and living wage.',
    source: at(SRC.walesSppp, 'Sections 25-27', 'legalize.dev for s.27 categories; EN para 67 for VAT'),
    verification: 'secondary',
  },
  {
    id: 'wales-ways-of-working',
    appliesTo: ['wales-wellbeing-goals'],
    title: 'The five ways of working',
    summary:
      'Long term, prevention, integration, collaboration and involvement: show how each commitment reflects them, not only which goal it serves.',
    source: at(SRC.walesAct, 'Section 5 (sustainable development principle)'),
    verification: 'verified',
  },
] as const satisfies readonly Fact[];

/**
 * Wales: the seven well-being goals of the Well-being of Future Generations (Wales) Act 2015, in the Act's order
 * ([V] in the reference, section 4.2). Goal names are the Act's; summaries are our short readings, and
 * nearestTheme maps each goal to the closest PPN 06/20 theme.
 */
import type { FrameworkItem } from './schema';
import { SRC, at } from './sources';

const goal = (n: number) => at(SRC.walesAct, `Well-being goal ${n}`);

export const WALES_GOALS = [
  {
    id: 'wales-goal-1', modelId: 'wales-wellbeing-goals', nearestTheme: 'economic-inequality', alsoNear: ['climate'],
    title: 'A prosperous Wales', summary: 'A productive, low-carbon economy with decent work and skills for people across Wales.',
    source: goal(1), verification: 'verified',
  },
  {
    id: 'wales-goal-2', modelId: 'wales-wellbeing-goals', nearestTheme: 'climate',
    title: 'A resilient Wales', summary: 'A healthy natural environment and biodiversity that can adapt to change.',
    source: goal(2), verification: 'verified',
  },
  {
    id: 'wales-goal-3', modelId: 'wales-wellbeing-goals', nearestTheme: 'equal-opportunity',
    title: 'A more equal Wales', summary: 'People can reach their potential whatever their background or circumstances.',
    source: goal(3), verification: 'verified',
  },
  {
    id: 'wales-goal-4', modelId: 'wales-wellbeing-goals', nearestTheme: 'wellbeing',
    title: 'A healthier Wales', summary: 'Better physical and mental health for people in Wales.',
    source: goal(4), verification: 'verified',
  },
  {
    id: 'wales-goal-5', modelId: 'wales-wellbeing-goals', nearestTheme: 'wellbeing',
    title: 'A Wales of cohesive communities', summary: 'Safe, connected communities where people get along.',
    source: goal(5), verification: 'verified',
  },
  {
    id: 'wales-goal-6', modelId: 'wales-wellbeing-goals', nearestTheme: 'wellbeing',
    title: 'A Wales of vibrant culture and thriving Welsh language', summary: 'Culture, heritage and the Welsh language are supported and used.',
    source: goal(6), verification: 'verified',
  },
  {
    id: 'wales-goal-7', modelId: 'wales-wellbeing-goals', nearestTheme: 'climate', alsoNear: ['equal-opportunity'],
    title: 'A globally responsible Wales', summary: 'Choices in Wales take account of their effect on global wellbeing, including supply chains and climate.',
    source: goal(7), verification: 'verified',
  },
] as const satisfies readonly FrameworkItem[];

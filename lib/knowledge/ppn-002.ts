/**
 * PPN 002 Social Value Model (Feb 2025; mandatory for in-scope bodies from 1 Oct 2025): 5 missions, 8 outcomes,
 * MACs 1a-1e. Only Outcome 1 (Fair work) is confirmed; outcomes 2-8 are gaps whose best-known topic and mission are
 * our inference from secondary commentary (marked unconfirmed). Source: reference notes sections 2.1-2.9.
 */
import type { Criterion, Fact, Mission, Outcome } from './schema';
import { SRC, at } from './sources';

const CCS = 'CCS G-Cloud framework data (ccs-digitalmarketplace-frameworks 4.11.35)';
const EC = 'Executive Compass PPN 002 explainer';

export const PPN002_MISSIONS = [
  {
    id: 'ppn002-m1',
    number: 1,
    title: 'Kick start economic growth',
    nearestTheme: 'economic-inequality',
    summary: 'Sustained economic growth, with well-paid jobs and higher productivity spread across the UK.',
    source: at(SRC.ppn002Model, 'Missions', CCS),
    verification: 'verified',
  },
  {
    id: 'ppn002-m2',
    number: 2,
    title: 'Make Britain a clean energy superpower',
    nearestTheme: 'climate',
    summary: 'Clean energy and the move to net zero.',
    source: at(SRC.ppn002Model, 'Missions', CCS),
    verification: 'verified',
  },
  {
    id: 'ppn002-m3',
    number: 3,
    title: 'Take back our streets',
    nearestTheme: 'wellbeing',
    summary: 'Safer streets and lower crime; closest to the 2020 community themes.',
    source: at(SRC.ppn002Model, 'Missions', CCS),
    verification: 'verified',
  },
  {
    id: 'ppn002-m4',
    number: 4,
    title: 'Break down barriers to opportunity',
    nearestTheme: 'equal-opportunity',
    summary: 'Opening routes into education, skills and work for people who face barriers.',
    source: at(SRC.ppn002Model, 'Missions', CCS),
    verification: 'verified',
  },
  {
    id: 'ppn002-m5',
    number: 5,
    title: 'Build an NHS fit for the future',
    nearestTheme: 'wellbeing',
    summary: 'A health service fit for the future; closest to the 2020 health and wellbeing outcome.',
    source: at(SRC.ppn002Model, 'Missions', CCS),
    verification: 'verified',
  },
] as const satisfies readonly Mission[];

const GAP_SUMMARY =
  "PPN 002 has eight outcomes, but the number and title of this one are not confirmed. Check the buyer's documents for the outcome they selected.";

export const PPN002_OUTCOMES = [
  {
    id: 'ppn002-o1',
    modelId: 'ppn-002',
    number: 1,
    missionId: 'ppn002-m1',
    nearestTheme: 'economic-inequality',
    isGap: false,
    title: 'Fair work',
    summary:
      'Decent pay and conditions for the contract workforce, and help for people to find work, keep it and move up. Buyers are told to prioritise it where labour is a large share of contract cost.',
    source: at(SRC.ppn002Model, 'Outcome 1', `${CCS}; ${EC}`),
    verification: 'verified',
  },
  {
    id: 'ppn002-o2',
    modelId: 'ppn-002',
    number: 2,
    missionId: 'ppn002-m1',
    nearestTheme: 'economic-inequality',
    isGap: false,
    title: 'Skills for growth',
    summary:
      "Apprenticeships, supported internships, T Level industry placements and support for educational attainment. Title as CCS's G-Cloud 15 declaration shows it (secondary); its award criteria (MACs) are not confirmed.",
    source: at(SRC.gcloud15, 'Outcome 2'),
    verification: 'secondary',
  },
  {
    id: 'ppn002-o3',
    modelId: 'ppn-002',
    number: 3,
    missionId: 'ppn002-m1',
    nearestTheme: 'economic-inequality',
    isGap: false,
    title: 'Resilient, innovative and flexible supply chains',
    summary:
      "Supply chain measures: subcontracting with SMEs and VCSEs, opportunities advertised on Contracts Finder. Title as CCS's G-Cloud 15 declaration shows it (secondary); its award criteria (MACs) are not confirmed.",
    source: at(SRC.gcloud15, 'Outcome 3'),
    verification: 'secondary',
  },
  {
    id: 'ppn002-o4',
    modelId: 'ppn-002',
    number: 4,
    missionId: 'ppn002-m2',
    nearestTheme: 'climate',
    isGap: false,
    title: 'Sustainable procurement practices',
    summary:
      "The environmental measures: emissions, waste and resource use on the contract. Title as CCS's G-Cloud 15 declaration shows it (secondary); its award criteria (MACs) are not confirmed.",
    source: at(SRC.gcloud15, 'Outcome 4'),
    verification: 'secondary',
  },
  {
    id: 'ppn002-o5',
    modelId: 'ppn-002',
    number: 5,
    missionId: 'ppn002-m3',
    nearestTheme: 'wellbeing',
    isGap: true,
    title: 'Outcome 5 (title not confirmed)',
    summary: GAP_SUMMARY,
    gapTopic: {
      label: 'Reducing crime through stronger communities',
      basis: 'G-Cloud 15 leaves out Outcome 5 and one mission; we infer it is the crime outcome under mission 3.',
      verification: 'unconfirmed',
    },
    source: at(SRC.ppn002Model, 'Outcome 5', 'ArcKit G-Cloud guide; Complete Tenders'),
    verification: 'unconfirmed',
  },
  {
    id: 'ppn002-o6',
    modelId: 'ppn-002',
    number: 6,
    missionId: 'ppn002-m4',
    nearestTheme: 'equal-opportunity',
    isGap: false,
    title: 'Employment and training',
    summary:
      "Equality of opportunity for disabled people, collecting the views and expertise of disabled people, and outreach to the target cohort. Title as CCS's G-Cloud 15 declaration shows it (secondary); its award criteria (MACs) are not confirmed.",
    source: at(SRC.gcloud15, 'Outcome 6'),
    verification: 'secondary',
  },
  {
    id: 'ppn002-o7',
    modelId: 'ppn-002',
    number: 7,
    missionId: 'ppn002-m4',
    nearestTheme: 'equal-opportunity',
    isGap: false,
    title: 'Creating a pipeline of opportunities',
    summary:
      "Outreach activities that create a pipeline of employees from under-represented groups. Title as CCS's G-Cloud 15 declaration shows it (secondary); its award criteria (MACs) are not confirmed.",
    source: at(SRC.gcloud15, 'Outcome 7'),
    verification: 'secondary',
  },
  {
    id: 'ppn002-o8',
    modelId: 'ppn-002',
    number: 8,
    missionId: 'ppn002-m5',
    nearestTheme: 'wellbeing',
    isGap: false,
    title: 'Increasing productivity through physical and mental wellbeing',
    summary:
      "Actions to invest in the physical and mental health and wellbeing of the contract workforce. Title as CCS's G-Cloud 15 declaration shows it (secondary); its award criteria (MACs) are not confirmed.",
    source: at(SRC.gcloud15, 'Outcome 8'),
    verification: 'secondary',
  },
] as const satisfies readonly Outcome[];

const BASELINE_NOTE =
  'For some outcomes the question asks for a baseline: the headcount expected on the contract, counted as roles, not FTE.';
const SRM = {
  label: 'Standard Reporting Metrics (33 across the whole model, as reported; those for Outcome 1 not confirmed)',
  verification: 'unconfirmed',
  origin: 'reported',
} as const;

export const PPN002_CRITERIA: readonly Criterion[] = [
  {
    id: 'ppn002-1a',
    modelId: 'ppn-002',
    code: '1a',
    outcomeId: 'ppn002-o1',
    nearestTheme: 'economic-inequality',
    title: 'High quality jobs, created or kept',
    summary:
      'New or kept jobs on the contract that meet the fair conditions, pay and progression standards of MACs 1b-1d.',
    lookFor: [
      'A number of new or retained jobs on this contract, in the area that matters to the buyer',
      'How each job meets the fair conditions, pay and progression standards',
      'Apprenticeships counted separately, with start dates',
      'The baseline headcount on the contract, if the question asks for it',
    ],
    metrics: [SRM],
    needsBaseline: true,
    baselineNote: BASELINE_NOTE,
    source: at(SRC.ppn002Model, 'Outcome 1, MAC 1a', `${CCS}; ${EC}`),
    verification: 'verified',
    titleVerification: 'verified',
  },
  {
    id: 'ppn002-1b',
    modelId: 'ppn-002',
    code: '1b',
    outcomeId: 'ppn002-o1',
    nearestTheme: 'equal-opportunity',
    alsoNear: ['economic-inequality'],
    title: 'Fair working conditions',
    summary: 'Good, secure working conditions for the people delivering the contract.',
    lookFor: [
      'Contract terms for the workforce: hours, security and a voice at work',
      'How conditions apply to subcontractors on the contract too',
      'Measurable targets with dates',
      'How you will monitor and report on conditions',
    ],
    metrics: [SRM],
    needsBaseline: true,
    baselineNote: BASELINE_NOTE,
    source: at(SRC.ppn002Model, 'Outcome 1, MAC 1b', EC),
    verification: 'secondary',
    titleVerification: 'secondary',
  },
  {
    id: 'ppn002-1c',
    modelId: 'ppn-002',
    code: '1c',
    outcomeId: 'ppn002-o1',
    nearestTheme: 'equal-opportunity',
    alsoNear: ['economic-inequality'],
    title: 'Fair pay practices',
    summary: 'Fair pay for the contract workforce, including how pay gaps are found and closed.',
    lookFor: [
      'The pay standard you commit to for everyone on the contract',
      'How the standard reaches subcontracted staff',
      'How pay gaps on the contract are measured and reduced',
      'Dates and reporting',
    ],
    metrics: [SRM],
    needsBaseline: true,
    baselineNote: BASELINE_NOTE,
    source: at(SRC.ppn002Model, 'Outcome 1, MAC 1c', EC),
    verification: 'secondary',
    titleVerification: 'secondary',
  },
  {
    id: 'ppn002-1d',
    modelId: 'ppn-002',
    code: '1d',
    outcomeId: 'ppn002-o1',
    nearestTheme: 'economic-inequality',
    alsoNear: ['equal-opportunity'],
    title: 'In-work progression through new skills',
    summary:
      'Help people move into and up in work by building new skills. The 2020 model placed progression under equal opportunity (MAC 6.2).',
    lookFor: [
      'Who will progress and how they are chosen',
      'Training, mentoring or qualifications that lead to better-paid roles',
      'Numbers and dates',
      'How progression is tracked after training',
    ],
    metrics: [SRM],
    needsBaseline: true,
    baselineNote: BASELINE_NOTE,
    source: at(SRC.ppn002Model, 'Outcome 1, MAC 1d', EC),
    verification: 'secondary',
    titleVerification: 'secondary',
  },
  {
    id: 'ppn002-1e',
    modelId: 'ppn-002',
    code: '1e',
    outcomeId: 'ppn002-o1',
    nearestTheme: 'equal-opportunity',
    title: 'Identifying and managing the risks of modern slavery (probable wording; secondary)',
    summary:
      'The start of this criterion\'s title is confirmed; its topic is modern slavery: G-Cloud 15\'s social value declaration lists "the modern slavery measures" under Outcome 1 (secondary). The full official wording is not confirmed.',
    lookFor: [
      "Read the buyer's wording first: the full criterion is not confirmed",
      'Where this contract and its supply chain carry modern slavery risk, and how you check it',
      'Actions with dates and how findings are reported',
      'Not double counted: PPN 009 (Feb 2025) already sets modern slavery requirements; only what goes beyond it and your statement adds value',
    ],
    metrics: [SRM],
    needsBaseline: false,
    source: at(SRC.gcloud15, 'Section B, Outcome 1: the modern slavery measures', EC),
    verification: 'secondary',
    titleVerification: 'secondary',
  },
];

/** Facts about the PPN 002 model question and how it is scored. */
export const PPN002_QUESTION_FACTS = [
  {
    id: 'ppn002-q-method-plan',
    appliesTo: ['ppn-002'],
    title: 'Method statement and project plan',
    summary: 'The model question asks for a method statement and a project plan, within a word limit the buyer sets.',
    source: at(SRC.ppn002Model, 'Section 2 (model social value question)'),
    verification: 'verified',
  },
  {
    id: 'ppn002-q-smart',
    appliesTo: ['ppn-002'],
    title: 'SMART commitments are the minimum to score',
    summary:
      'Commitments must be specific, measurable and time-bound; commentary on the award criteria says an answer without one scores nothing.',
    source: at(SRC.ppn002Model, 'Section 2; award criteria', 'Stone King (27 Mar 2025); bidhelp'),
    verification: 'secondary',
  },
  {
    id: 'ppn002-q-baseline',
    appliesTo: ['ppn-002'],
    title: 'Baseline for some outcomes',
    summary: BASELINE_NOTE,
    source: at(SRC.ppn002Model, 'Section 2 (model social value question)', 'bidhelp'),
    verification: 'secondary',
  },
  {
    id: 'ppn002-q-timed-plan',
    appliesTo: ['ppn-002'],
    title: 'What the timed plan covers',
    summary:
      'The plan is expected to set out milestones, metrics, how data is gathered, governance and escalation, and how feedback improves delivery.',
    source: at(SRC.ppn002Model, 'Award criteria', 'Stone King; bidhelp'),
    verification: 'secondary',
  },
  {
    id: 'ppn002-q-one-outcome',
    appliesTo: ['ppn-002'],
    title: 'Usually one outcome per tender',
    summary:
      'Buyers choose an outcome relevant and proportionate to the contract, and the guide encourages one outcome except for the most important contracts.',
    source: at(SRC.ppn002Guide, 'Selecting outcomes', 'bidvantage; APMP UK'),
    verification: 'secondary',
  },
  {
    id: 'ppn002-q-min-weighting',
    appliesTo: ['ppn-002'],
    title: 'At least 10% weighting',
    summary: 'In-scope buyers weight social value at a minimum of 10%.',
    source: at(SRC.ppn002Guide, 'Weighting', 'Tussell; impactreporting'),
    verification: 'secondary',
  },
] as const satisfies readonly Fact[];

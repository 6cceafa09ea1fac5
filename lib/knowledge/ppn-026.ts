/**
 * PPN 026 Social Value Model (reported published 5 Aug 2026): two outcomes, six award criteria, for central
 * government procurements commenced on or after 1 Jan 2027 worth £1m or more including VAT. Known only from
 * third-party code (reference section 2.8, tagged [S]); not yet confirmed on gov.uk. Its sub-criteria were due in
 * guidance in autumn 2026 and are not confirmed, so the `lookFor` points are general guidance in our words.
 */
import type { Criterion, Metric, Outcome, Ppn026Rules } from './schema';
import { SRC, at } from './sources';

export const PPN026_RULES = {
  commencedOnOrAfter: '2027-01-01',
  minContractValueGbp: 1_000_000,
  valueIncludesVat: true,
  weightingBands: [
    { fromValueGbp: 1_000_000, percent: 10 },
    { fromValueGbp: 5_000_000, percent: 20 },
  ],
  minKpisFromValueGbp: 5_000_000,
  minKpis: 3,
  hasReportingMetrics: false,
  source: at(SRC.ppn026, 'Scope and weighting'),
  verification: 'secondary',
} as const satisfies Ppn026Rules;

/** Whether PPN 026 (as reported) applies to a procurement: commenced on or after 1 Jan 2027 and worth £1m+ incl. VAT. */
export function ppn026Applies(commencedOn: string, contractValueGbpInclVat: number): boolean {
  return commencedOn >= PPN026_RULES.commencedOnOrAfter && contractValueGbpInclVat >= PPN026_RULES.minContractValueGbp;
}

/**
 * Minimum social value weighting (percent) under PPN 026 as reported: 10% below £5m, 20% at £5m and above.
 * Returns undefined below the £1m scope threshold or for a value that is not a finite number.
 */
export function ppn026MinimumWeighting(contractValueGbpInclVat: number): number | undefined {
  if (!Number.isFinite(contractValueGbpInclVat)) return undefined;
  let percent: number | undefined;
  for (const band of PPN026_RULES.weightingBands)
    if (contractValueGbpInclVat >= band.fromValueGbp) percent = band.percent;
  return percent;
}

export const PPN026_OUTCOMES = [
  {
    id: 'ppn026-good-jobs',
    modelId: 'ppn-026',
    nearestTheme: 'economic-inequality',
    isGap: false,
    title: 'Good jobs',
    summary: 'Quality jobs on the contract with fair conditions and fair pay.',
    source: at(SRC.ppn026, 'Outcome: Good Jobs'),
    verification: 'secondary',
  },
  {
    id: 'ppn026-skills',
    modelId: 'ppn-026',
    nearestTheme: 'economic-inequality',
    isGap: false,
    title: 'Skills',
    summary: 'Training, progression and a pipeline of new talent.',
    source: at(SRC.ppn026, 'Outcome: Skills'),
    verification: 'secondary',
  },
] as const satisfies readonly Outcome[];

const KPI: Metric = {
  label:
    'Contract KPIs agreed with the buyer (the model is reported to have no reporting metrics; at least three KPIs from £5m)',
  verification: 'secondary',
  origin: 'reported',
};

type Ppn026Input = Omit<
  Criterion,
  'modelId' | 'metrics' | 'needsBaseline' | 'source' | 'verification' | 'titleVerification'
>;

function criterion(c: Ppn026Input): Criterion {
  return {
    ...c,
    modelId: 'ppn-026',
    metrics: [KPI],
    needsBaseline: false,
    source: at(SRC.ppn026, `Award criterion: ${c.code}`),
    verification: 'secondary',
    titleVerification: 'secondary',
  };
}

export const PPN026_CRITERIA: readonly Criterion[] = [
  criterion({
    id: 'ppn026-quality-jobs',
    code: 'Quality jobs',
    outcomeId: 'ppn026-good-jobs',
    nearestTheme: 'economic-inequality',
    title: 'Create and keep high quality jobs',
    summary: 'New or retained quality jobs on the contract (sub-criteria not confirmed).',
    lookFor: [
      'Number of new or retained jobs on this contract, with dates',
      'What makes the jobs good: pay, security, progression',
      'Where the jobs are and who can apply',
      'The KPI you propose for tracking it',
    ],
  }),
  criterion({
    id: 'ppn026-working-conditions',
    code: 'Working conditions',
    outcomeId: 'ppn026-good-jobs',
    nearestTheme: 'equal-opportunity',
    alsoNear: ['economic-inequality'],
    title: 'Fair working conditions',
    summary: 'Fair conditions for the people delivering the contract (sub-criteria not confirmed).',
    lookFor: [
      'Terms for contract staff and subcontractors: hours, security, voice',
      'Commitments that go beyond legal minimums',
      'Dates and the KPI you propose',
    ],
  }),
  criterion({
    id: 'ppn026-fair-pay',
    code: 'Fair pay',
    outcomeId: 'ppn026-good-jobs',
    nearestTheme: 'equal-opportunity',
    alsoNear: ['economic-inequality'],
    title: 'Fair pay',
    summary: 'Fair pay across the contract workforce (sub-criteria not confirmed).',
    lookFor: [
      'The pay standard you commit to on this contract',
      'How it reaches subcontracted staff',
      'How pay gaps are measured and closed, with dates',
    ],
  }),
  criterion({
    id: 'ppn026-training',
    code: 'Training',
    outcomeId: 'ppn026-skills',
    nearestTheme: 'economic-inequality',
    title: 'Training and retraining',
    summary: 'Training and retraining linked to the contract (sub-criteria not confirmed).',
    lookFor: [
      'Skills the contract needs and who will be trained',
      'Accredited training or apprenticeships, by level',
      'Numbers, hours and dates',
      'The KPI you propose',
    ],
  }),
  criterion({
    id: 'ppn026-progression',
    code: 'Progression',
    outcomeId: 'ppn026-skills',
    nearestTheme: 'economic-inequality',
    alsoNear: ['equal-opportunity'],
    title: 'In-work progression',
    summary: 'Helping people on the contract progress into better roles (sub-criteria not confirmed).',
    lookFor: [
      'Who is supported to progress and how',
      'Routes to better-paid roles on the contract',
      'Numbers and dates you can report',
    ],
  }),
  criterion({
    id: 'ppn026-talent-pipeline',
    code: 'Talent pipeline',
    outcomeId: 'ppn026-skills',
    nearestTheme: 'economic-inequality',
    alsoNear: ['equal-opportunity'],
    title: 'Talent pipeline',
    summary:
      'Bringing new people into the sector, for example through placements, apprenticeships or routes for care leavers (sub-criteria not confirmed).',
    lookFor: [
      'The group you will bring in and how you reach them',
      'Placements, apprenticeships or entry roles, with numbers',
      'Support that turns placements into jobs',
      'Dates and the KPI you propose',
    ],
  }),
];

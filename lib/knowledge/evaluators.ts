/**
 * What evaluators look for in any social value answer, common to the PPN 06/20 and PPN 002 models (and, as far as
 * reported, PPN 026). Our words; each point cites where the expectation comes from. Reference sections 1.5, 1.6,
 * 2.3, 2.4 and 5.1.
 */
import { VERIFICATION, type ModelId, type Verification } from './ids';
import type { Fact } from './schema';
import { SCOTLAND_FACTS } from './scotland';
import { formatSource, SRC, at } from './sources';
import { WALES_FACTS } from './wales';

const BOTH = ['ppn-06-20', 'ppn-002', 'ppn-026'] as const;

export const EVALUATOR_POINTS = [
  {
    id: 'eval-smart-commitment',
    appliesTo: [...BOTH],
    title: 'A specific, measurable, time-bound commitment',
    summary:
      'State what you will deliver, how much and by when. Under PPN 002 a SMART commitment is reported to be the minimum needed to score.',
    source: at(SRC.ppn002Model, 'Model social value question; award criteria', 'Stone King; bidhelp'),
    verification: 'secondary',
  },
  {
    id: 'eval-method-and-plan',
    appliesTo: [...BOTH],
    title: 'Method statement and timed project plan',
    summary:
      'Explain how you will deliver each commitment and give a plan with dates and milestones. Both model questions ask for this.',
    source: at(SRC.ppn002Model, 'Section 2 (model social value question)'),
    verification: 'verified',
  },
  {
    id: 'eval-contract-specific',
    appliesTo: [...BOTH],
    title: 'Specific to this contract and additional',
    summary:
      'Commitments must come from this contract and go beyond its core deliverables. General company CSR policies are not evidence.',
    source: at(SRC.ppn0620Guide, 'Sections 1-3', 'thrive; Executive Compass; PPN 002 guide per Stone King'),
    verification: 'secondary',
  },
  {
    id: 'eval-who-benefits',
    appliesTo: [...BOTH],
    title: 'Who or where benefits',
    summary:
      'Name the cohort or place that benefits, or say how you will identify it, and how you will reach the people in it.',
    source: at(SRC.ppn002Model, 'Award criteria', 'Stone King; bidhelp'),
    verification: 'secondary',
  },
  {
    id: 'eval-monitoring-reporting',
    appliesTo: [...BOTH],
    title: 'Monitoring and reporting',
    summary:
      'Say how progress will be measured, what data you will collect, who oversees it and how you will report to the buyer.',
    source: at(SRC.ppn0620Guide, 'Section 4 (contract management and reporting)', 'Stone King; bidhelp'),
    verification: 'secondary',
  },
  {
    id: 'eval-baseline',
    appliesTo: ['ppn-002'],
    title: 'A baseline where the question asks for one',
    summary:
      'Some PPN 002 outcomes ask for a baseline: the headcount expected on the contract, counted as roles, not FTE.',
    source: at(SRC.ppn002Model, 'Model social value question', 'bidhelp'),
    verification: 'secondary',
  },
  {
    id: 'eval-influence',
    appliesTo: [...BOTH],
    title: 'Influence beyond your own staff',
    summary:
      'Show how you will involve staff, suppliers, customers and communities, for example through partnering, training or volunteering.',
    source: at(
      SRC.ppn002Model,
      'Award criteria; PPN 06/20 Model Response Guidance',
      'Stone King; bidhelp; reference sections 1.6 and 2.4',
    ),
    verification: 'secondary',
  },
  {
    id: 'eval-transparency',
    appliesTo: [...BOTH],
    title: 'Openness about commitments and results',
    summary: 'Say how you will make your commitments and your performance against them public.',
    source: at(
      SRC.ppn002Model,
      'Award criteria; PPN 06/20 Model Response Guidance',
      'Stone King; bidhelp; reference sections 1.6 and 2.4',
    ),
    verification: 'secondary',
  },
  {
    id: 'eval-additionality',
    appliesTo: [...BOTH],
    title: 'Beyond the law and the contract itself',
    summary:
      'Evaluators score what is additional: paying within 30 days (Procurement Act 2023 s.68), the National Living Wage, a mandated Carbon Reduction Plan or Cyber Essentials, and core deliverables such as security, user research or modernisation earn nothing as social value. Offer faster payment to SMEs, the real Living Wage, or benefits beyond the specification.',
    source: at(
      SRC.ppn0620Guide,
      'Section 1 (social value as distinct from core deliverables)',
      'reference section 2.8; beale-law.com for s.68',
    ),
    verification: 'secondary',
  },
  {
    id: 'eval-realism-kpis',
    appliesTo: [...BOTH],
    title: 'Commitments become KPIs that are rated in public',
    summary:
      'On contracts over £5m the buyer must publish at least three KPIs and rate performance against them at least every 12 months (Procurement Act 2023 ss.52, 71); promise what you can deliver, with the people, budget and hours behind it, and say how subcontractors are bound to the same commitments.',
    source: at(SRC.procurementAct, 'Sections 52 and 71', 'Ward Hadaway; Tussell; Bird & Bird'),
    verification: 'secondary',
  },
  {
    id: 'eval-proportionate',
    appliesTo: [...BOTH],
    title: 'Relevant and proportionate',
    summary:
      'Social value is assessed where it relates to the subject of the contract and is proportionate to it, so size commitments to the contract.',
    source: at(SRC.ppn002Note, 'Scope', 'Procurement Pathway'),
    verification: 'verified',
  },
] as const satisfies readonly Fact[];

/** How a point is presented, by how well it is verified: a secondary or unconfirmed point is hedged, never a rule. */
export const HEDGE_LABEL: Readonly<Record<Verification, string | null>> = {
  verified: null,
  secondary: 'Reported in secondary sources',
  unconfirmed: 'Our suggestion, not confirmed',
};

export interface LookForPoint {
  id: string;
  title: string;
  summary: string;
  /** Null when read in a primary source; otherwise the hedge to show before the point. */
  hedge: string | null;
  citation: string;
  verification: Verification;
}

const toPoint = (f: Fact): LookForPoint => ({
  id: f.id,
  title: f.title,
  summary: f.summary,
  hedge: HEDGE_LABEL[f.verification],
  citation: formatSource(f.source),
  verification: f.verification,
});

/**
 * What evaluators look for under a model, evaluator-shaped: the common points that apply to it, then the model's own
 * facts (Scottish s.9 and Fair Work First, the Welsh duty and five ways of working). Points under PPN 026 are all
 * hedged (the model itself is reported, unverified). Verified points come first within each group.
 */
export function evaluatorLookFor(model: ModelId): LookForPoint[] {
  const order = (a: LookForPoint, b: LookForPoint) =>
    VERIFICATION.indexOf(a.verification) - VERIFICATION.indexOf(b.verification);
  const common = (EVALUATOR_POINTS as readonly Fact[])
    .filter((f) => f.appliesTo.includes(model))
    .map(toPoint)
    .sort(order);
  const own = ([...SCOTLAND_FACTS, ...WALES_FACTS] as readonly Fact[])
    .filter((f) => f.appliesTo.includes(model))
    .map(toPoint)
    .sort(order);
  const all = [...common, ...own];
  if (model === 'ppn-026')
    return all.map((p) => ({ ...p, hedge: 'Reported model, unverified', verification: 'unconfirmed' as const }));
  if (common.length === 0 && own.length > 0) {
    // Devolved models: the general points that do not depend on the central model still apply, hedged as ours.
    const general = [
      'eval-contract-specific',
      'eval-who-benefits',
      'eval-monitoring-reporting',
      'eval-additionality',
      'eval-proportionate',
    ];
    const extra = (EVALUATOR_POINTS as readonly Fact[])
      .filter((f) => general.includes(f.id))
      .map((f) => ({ ...toPoint(f), hedge: HEDGE_LABEL.unconfirmed, verification: 'unconfirmed' as const }));
    return [...own, ...extra];
  }
  return all;
}

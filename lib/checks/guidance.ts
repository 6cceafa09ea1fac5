/**
 * The guidance each check rests on. Where the knowledge base already states the point (evaluator points, the
 * model question facts, PPN 026 rules), it is reused with its own source and verification status; the few points
 * that are Social Value Lens's own judgement (thresholds, plain-English rules) say so and are marked unconfirmed.
 */
import { EVALUATOR_POINTS } from '../knowledge/evaluators';
import { PPN002_QUESTION_FACTS } from '../knowledge/ppn-002';
import { PPN0620_QUESTION_FACTS } from '../knowledge/ppn-06-20';
import { PPN026_RULES } from '../knowledge/ppn-026';
import { RELEVANCE_PROVENANCE } from '../knowledge/relevance';
import type { Fact, Source } from '../knowledge/schema';
import { SRC, at, formatSource } from '../knowledge/sources';
import type { Guidance } from './types';

function fromFact(facts: readonly Fact[], id: string): Guidance {
  const fact = facts.find((f) => f.id === id);
  if (!fact) throw new Error(`guidance: no knowledge fact ${id}`);
  return {
    title: fact.title,
    summary: fact.summary,
    citation: formatSource(fact.source),
    verification: fact.verification,
  };
}

function own(title: string, summary: string, source: Source, verification: Guidance['verification']): Guidance {
  return { title, summary, citation: formatSource(source), verification };
}

/** Weighting notes read in secondary commentary (reference 5.3, impactreporting): one source, one status. */
function weightingNote(title: string, summary: string): Guidance {
  return own(title, summary, at(SRC.reference, 'Section 5.3 (weighting)', 'impactreporting'), 'secondary');
}

const FACTS: readonly Fact[] = [...EVALUATOR_POINTS, ...PPN002_QUESTION_FACTS, ...PPN0620_QUESTION_FACTS];

export const GUIDANCE = {
  oneOutcome: fromFact(FACTS, 'ppn002-q-one-outcome'),
  buildQuestion: own(
    'Pick an outcome, then add its award criteria',
    'Under PPN 002 the buyer chooses one outcome that fits the subject of the contract, puts the model question in the tender and adds the award criteria and sub-criteria for that outcome, trimming any that are disproportionate.',
    at(SRC.ppn002Model, 'Section 2 (three steps for buyers)'),
    'verified',
  ),
  proportionate: fromFact(FACTS, 'eval-proportionate'),
  relevanceMatrix: own(
    'Category relevance (our own matrix)',
    `How much lever each kind of technology contract has on each award criterion. ${RELEVANCE_PROVENANCE.label}.`,
    at(SRC.reference, 'Section 3.4 (matrix not public); Social Value Lens relevance matrix'),
    RELEVANCE_PROVENANCE.verification,
  ),
  limitStated: fromFact(FACTS, 'ppn002-q-method-plan'),
  limitRoom: own(
    'Room for a method statement and a timed plan',
    'A limit too short for a method statement and a dated plan pushes bidders into slogans. Our working minimum is 300 words or 2,000 characters; no source fixes a typical limit, so treat the figure as our judgement.',
    at(SRC.reference, 'Section 5.2 (typical limits are not confirmed)'),
    'unconfirmed',
  ),
  weightingScope: own(
    'Who the 10% minimum binds',
    'The central 10% minimum binds central government departments, their executive agencies and non-departmental public bodies (PPN 002 paras 3 and 5; PPN 06/20 likewise). Other contracting authorities (councils, NHS bodies, devolved and below-threshold buyers) may choose to apply the approach; for them a lower weighting is a choice, not a breach.',
    at(SRC.ppn002Note, 'Paragraphs 3 and 5 (scope)', 'Tussell for below-threshold'),
    'verified',
  ),
  minWeightingNi: own(
    'Northern Ireland: at least 10% of the total award criteria',
    'From 1 June 2022, Northern Ireland tenders at or above the Public Contracts Regulations thresholds must give social value at least 10% of the total award criteria (PPN 01/21 Scoring Social Value).',
    at(SRC.niPpn0121, 'Minimum weighting'),
    'verified',
  ),
  zeroWeighting: weightingNote(
    'A 0% weighting must be justified',
    'The models let a buyer leave social value out where no relevant and proportionate outcome exists for the contract, but the decision should be recorded and explained in the tender. (DOS5, for example, allowed 0% or 10-20%.)',
  ),
  ofQuality: weightingNote(
    '"% of the quality score" is not "% of the total"',
    'A weighting stated as a share of the quality score (common under price-per-quality-point) is a smaller share of the total award criteria. Say which one you mean; the central minimum is read as a share of the total, and under price-per-quality-point it is said to be 10% of the quality score.',
  ),
  scoringAct: own(
    'Describe the assessment methodology (a legal duty)',
    'Under the Procurement Act 2023 award criteria must be sufficiently clear, measurable and specific, relate to the subject-matter and be proportionate (s.23(2)); the authority must describe how tenders will be assessed and their relative importance (s.23(3)).',
    at(SRC.procurementAct, 'Section 23(2)-(3)'),
    'verified',
  ),
  legalMinimum: own(
    'Legal minimums are not social value',
    'Paying invoices within 30 days is an implied term of every public contract (Procurement Act 2023 s.68) and of sub-contracts; paying the National Minimum or National Living Wage is the law; a Carbon Reduction Plan is a separate PPN 006 requirement; Cyber Essentials is often mandated. Evaluators score these as nothing additional; ask for what goes beyond them (payment to SMEs in 10-15 days, the real Living Wage, cuts beyond the plan).',
    at(SRC.procurementAct, 'Section 68 (payment within 30 days)', 'beale-law.com; reference section 2.8 for PPN 006'),
    'secondary',
  ),
  coreDeliverable: own(
    'Core deliverables are not social value',
    'Social value is distinct from the core deliverables of the contract (PPN 06/20 guide, section 1). Security, user research, accessibility and service modernisation are the work itself on a technology contract and are scored in the quality questions; asking for them again double counts. Ask for benefits beyond the specification.',
    at(SRC.ppn0620Guide, 'Section 1 (social value as distinct from core deliverables)'),
    'verified',
  ),
  equalTreatment: own(
    'Local outcomes, not local eligibility',
    'Social value is evaluated only where relevant, proportionate and compliant with equal treatment and non-discrimination. Asking for benefits in an area is fine; requiring bidders to be based there, or favouring local firms, is not.',
    at(SRC.ppn002Note, 'Equal treatment', 'Procurement Pathway; reference section 2.1'),
    'secondary',
  ),
  qualitative: own(
    'Social value is evaluated qualitatively under the central models',
    'The PPN 06/20 guide evaluates social value with a qualitative approach, against the award criteria; monetised proxy values (a £ "social value", SROI, TOMs values) are not how the central models score.',
    at(SRC.ppn0620Guide, 'Using a qualitative approach for evaluating social value'),
    'verified',
  ),
  minWeighting026: own(
    'PPN 026 minimum weighting (reported)',
    `As reported, PPN 026 asks for at least ${PPN026_RULES.weightingBands[0].percent}% for procurements of £1m to under £5m and ${PPN026_RULES.weightingBands[1].percent}% from £5m (values including VAT), for procurements starting on or after ${PPN026_RULES.commencedOnOrAfter}. Not yet confirmed on gov.uk.`,
    PPN026_RULES.source,
    PPN026_RULES.verification,
  ),
  smart: fromFact(FACTS, 'ppn002-q-smart'),
  methodAndPlan: fromFact(FACTS, 'eval-method-and-plan'),
  timedPlan: fromFact(FACTS, 'ppn002-q-timed-plan'),
  monitoring: fromFact(FACTS, 'eval-monitoring-reporting'),
  contractSpecific: fromFact(FACTS, 'eval-contract-specific'),
  accreditations: own(
    'Ask for delivery, not badges',
    'A certificate or company-wide policy says little about what this contract will deliver, and asking for one can shut out small firms and VCSEs that deliver well without it. Ask what the bidder will do on the contract instead.',
    at(SRC.ppn002Model, 'Award criteria (general policies are not assessed)', 'Stone King; bidhelp'),
    'secondary',
  ),
  plainEnglish: own(
    'Plain English',
    'Short sentences (about 25 words at most), active verbs, everyday words and acronyms spelled out help every bidder, not only those with bid writers. Thresholds are our own; reading ease is the Flesch formula with our own syllable count.',
    {
      document:
        'Flesch, R. (1948), A new readability yardstick, Journal of Applied Psychology 32(3); Social Value Lens writing rules',
      date: '1948',
      section: 'Reading ease formula',
    },
    'unconfirmed',
  ),
  scoring: own(
    'Say how answers are scored',
    'Bidders write to the marking scheme. Name the award criteria the answer is marked against and the scale or levels used; no official scoring scale is confirmed for either model, so state your own.',
    at(SRC.reference, 'Sections 2.2 and 5.5 (award criteria; scoring scale not confirmed)'),
    'secondary',
  ),
} as const satisfies Record<string, Guidance>;

/** The central 10% minimum, one entry per central model (formerly two blocks that differed only in the fact id). */
export const MIN_WEIGHTING_GUIDANCE: Readonly<Record<'ppn-06-20' | 'ppn-002', Guidance>> = {
  'ppn-06-20': fromFact(FACTS, 'ppn0620-q-min-weighting'),
  'ppn-002': fromFact(FACTS, 'ppn002-q-min-weighting'),
};

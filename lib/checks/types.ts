/**
 * Types shared by the question-wording checks (issue 8: procurers check social value question wording).
 * Every check is a pure function `(analysis) => Finding[]`; `checkQuestion` in ./index.ts runs them all.
 */
import type { Classification } from '../classifier';
import type { CategoryId, ModelId, Verification } from '../knowledge/ids';
import type { Limits, Weighting } from '../limits';
import type { BuyerType, Jurisdiction, ModelDecision } from '../classifier/model';

export type Severity = 'error' | 'warning' | 'tip';

export const CHECK_IDS = [
  'outcome-criteria',
  'relevance',
  'limit',
  'weighting',
  'commitments',
  'contract-specific',
  'plain-english',
  'scoring',
  'additionality',
  'local-eligibility',
  'proxy-values',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/** A stretch of the question text, as UTF-16 offsets (`text.slice(start, end)`), start < end. */
export interface Span {
  start: number;
  end: number;
}

/** What a finding rests on: a short statement in our words, the document it comes from, and how sure we are. */
export interface Guidance {
  title: string;
  summary: string;
  /** One-line citation: document, date, section (and the commentary it was read in, if any). */
  citation: string;
  verification: Verification;
}

export interface Finding {
  checkId: CheckId;
  severity: Severity;
  /** What is wrong or missing, in one sentence. */
  message: string;
  /** Why it matters to bidders or to the evaluation, in one or two sentences. */
  reason: string;
  guidance: Guidance;
  /** The words the finding is about; empty when it is about something the question leaves out. */
  spans: Span[];
}

/** What the procurer (or the buyer page) tells us besides the wording itself. All optional. */
export interface CheckContext {
  /** Hint or guidance text shown with the question (limits often live here). */
  hint?: string;
  section?: string;
  tenderTitle?: string;
  /** ISO yyyy-mm-dd: when the procurement starts (decides the model and whether PPN 026 applies). */
  procurementDate?: string;
  preferredModel?: ModelId | 'auto';
  /** What the contract buys, in the relevance matrix's categories. */
  category?: CategoryId;
  /** Total contract value in pounds including VAT. */
  contractValueGbp?: number;
  /** The social value weighting entered elsewhere on the page (e.g. a "Social value" weighting field). */
  weightingPercent?: number | null;
  /** A limit the page enforces outside the wording (maxlength, a character counter). */
  markupLimit?: { unit: 'words' | 'chars'; value: number } | null;
  /** Who is buying: the central 10% minimum binds only in-scope central government (audit H2). */
  buyerType?: BuyerType;
  /** Scotland, Wales, Northern Ireland or UK central (default: from the portal and the text). */
  jurisdiction?: Jurisdiction;
  /** The framework a call-off is under, e.g. "G-Cloud 14", "DOS6" (audit M1). */
  framework?: string;
  /** The portal's host name. */
  portalHost?: string;
  /** The regime the buyer says applies (procurement started before/after 24 Feb 2025), when no date is given. */
  regime?: 'pcr-2015' | 'pa-2023';
  /** The jurisdiction was chosen by a person (it then wins over the portal and the wording). */
  jurisdictionStated?: boolean;
}

export interface ReadabilityStats {
  words: number;
  sentences: number;
  syllables: number;
  /** Mean words per sentence. */
  wordsPerSentence: number;
  /** Flesch reading ease (higher is easier; 60-70 is plain English), from our own syllable heuristic. */
  fleschReadingEase: number;
}

/** Everything the checks need, worked out once per text. */
export interface Analysis {
  text: string;
  context: CheckContext;
  classification: Classification;
  model: ModelId;
  modelReason: string;
  /** The whole model decision: jurisdiction, regime, buyer type, whether the model is only reported. */
  decision: ModelDecision;
  /** Limits read from the wording and hint together. */
  limits: Limits;
  /** The weighting read from the wording or hint (the page's weighting field, if any, is in `context`). */
  weighting: Weighting;
}

export type Check = (analysis: Analysis) => Finding[];

/** Public types of the question classifier (re-exported by ./index.ts). */
import type { ModelId, ThemeId } from '../knowledge/ids';

export interface QuestionContext {
  /** Hint text shown with the field (where limits usually live). */
  hint?: string;
  /** The section heading the question sits under, e.g. "Social Value". */
  section?: string;
  tenderTitle?: string;
  /** ISO yyyy-mm-dd. */
  procurementDate?: string;
  preferredModel?: ModelId | 'auto';
  /** The portal page's host name: the jurisdiction and framework notices (Digital Marketplace) follow it. */
  portalHost?: string;
}

export interface Classification {
  socialValue: boolean;
  /** 0.5..1: how sure the classifier is of the `socialValue` verdict (0.5 = on the line). */
  confidence: number;
  /** Which model the question is asked under (null when not social value). */
  model: ModelId | null;
  /** Why that model: "the question names \"PPN 002\"", "procurement date 2025-11-03", "your setting"... */
  modelReason: string;
  /** 'multiple' = a generic social value ask with no single theme. */
  themeId: ThemeId | 'multiple' | null;
  /** All themes touched, best first. */
  themeIds: ThemeId[];
  /** Themes close behind the primary (blended cue + learned score within 60 % of it), best first; [] if none. */
  secondaryThemeIds: ThemeId[];
  /** PPN 002 / PPN 026 outcome, Scottish or Welsh id when the model is not PPN 06/20 (null if none fits). */
  nativeId: string | null;
  /** PPN 06/20 policy outcome ("ppn0620-o<n>") nearest to the question, whatever the model. */
  outcomeId: string | null;
  /** Criterion ids (ids.ts CRITERION_IDS), the chosen model's own first, then PPN 06/20 equivalents. */
  criterionIds: string[];
  /** A TOMs-style measures question (recognised only; no TOMs data is shipped). */
  toms: boolean;
  /** The words and phrases that decided it, as they appear in the text. */
  why: string[];
}

export interface ModelChoice {
  model: ModelId;
  reason: string;
}

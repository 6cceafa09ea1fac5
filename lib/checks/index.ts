/**
 * Question-wording checks for procurers (issue 8). `checkQuestion(text, context)` runs every check on a social
 * value question and returns its findings, worst first, with readability figures and a suggested rewrite.
 * Pure and DOM-free: used by the "Question checker" extension page, the buyer-side overlay and the corpus script.
 */
import { analyse } from './analyse';
import { checkAdditionality, checkLocalEligibility, checkProxyValues } from './additionality';
import { checkCommitments } from './commitments';
import { checkContractSpecific } from './contract-specific';
import { checkLimit } from './limit';
import { checkOutcomeCriteria } from './outcome-criteria';
import { checkPlainEnglish } from './plain-english';
import { readability } from './readability';
import { checkRelevance } from './relevance';
import { suggestRewrite, type Rewrite } from './rewrite';
import { checkScoring } from './scoring';
import type { Analysis, Check, CheckContext, CheckId, Finding, ReadabilityStats, Severity } from './types';
import { checkWeighting } from './weighting';

export const CHECKS: ReadonlyArray<{ id: CheckId; title: string; run: Check }> = [
  { id: 'outcome-criteria', title: 'Outcome and award criteria', run: checkOutcomeCriteria },
  { id: 'relevance', title: 'Relevant and proportionate', run: checkRelevance },
  { id: 'limit', title: 'Word or character limit', run: checkLimit },
  { id: 'weighting', title: 'Weighting', run: checkWeighting },
  { id: 'commitments', title: 'Commitments, method, plan and reporting', run: checkCommitments },
  { id: 'contract-specific', title: 'Contract-specific, open to SMEs', run: checkContractSpecific },
  { id: 'plain-english', title: 'Plain English', run: checkPlainEnglish },
  { id: 'scoring', title: 'How answers are scored', run: checkScoring },
  { id: 'additionality', title: 'Beyond the law and the core contract', run: checkAdditionality },
  { id: 'local-eligibility', title: 'Local outcomes, not local eligibility', run: checkLocalEligibility },
  { id: 'proxy-values', title: 'Qualitative, not monetised', run: checkProxyValues },
];

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, tip: 2 };

export interface CheckResult {
  findings: Finding[];
  counts: Record<Severity, number>;
  readability: ReadabilityStats;
  model: Analysis['model'];
  modelReason: string;
  /** Jurisdiction, regime, buyer type and whether the model is only reported (same as the overlay's). */
  decision: Analysis['decision'];
  rewrite: Rewrite;
}

export function checkQuestion(text: string, context: CheckContext = {}): CheckResult {
  const a = analyse(text, context);
  const findings = CHECKS.flatMap((check) => check.run(a)).sort(
    (x, y) =>
      SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] ||
      (x.spans[0]?.start ?? Infinity) - (y.spans[0]?.start ?? Infinity),
  );
  const counts: Record<Severity, number> = { error: 0, warning: 0, tip: 0 };
  for (const f of findings) counts[f.severity]++;
  return {
    findings,
    counts,
    readability: readability(a.text),
    model: a.model,
    modelReason: a.modelReason,
    decision: a.decision,
    rewrite: suggestRewrite(a.text, context, a),
  };
}

export { analyse } from './analyse';
export { suggestRewrite, type Rewrite } from './rewrite';
export { readability, syllables, splitSentences } from './readability';
export { checkAdditionality, checkLocalEligibility, checkProxyValues };
export {
  checkCommitments,
  checkContractSpecific,
  checkLimit,
  checkOutcomeCriteria,
  checkPlainEnglish,
  checkRelevance,
  checkScoring,
  checkWeighting,
};
export type { Analysis, CheckContext, CheckId, Finding, Guidance, ReadabilityStats, Severity, Span } from './types';
export { CHECK_IDS } from './types';

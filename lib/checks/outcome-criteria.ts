/**
 * Check: the question names a model outcome and its award criteria, and asks for no more outcomes than the
 * contract can bear (one, unless the contract is large). Guidance: PPN 002 section 2 (three steps for buyers) and
 * the PPN 002 guide on selecting outcomes (knowledge facts `ppn002-q-one-outcome`).
 */
import { isSourcedCentralModel } from '../knowledge/ids';
import { getOutcome, getTheme } from '../knowledge/models';
import { GUIDANCE } from './guidance';
import { findNamed } from './named';
import { phraseSpans } from './spans';
import type { Analysis, Finding } from './types';

/**
 * What we treat as a large contract, where more than one outcome can be justified: £5m. Our own line, anchored on
 * the Procurement Act 2023 s.52 duty to set and publish at least three KPIs on contracts over £5m (audit §2.1).
 */
export const LARGE_CONTRACT_GBP = 5_000_000;
/** More named award criteria than this is a lot for one answer on a contract that is not large (our judgement). */
export const MANY_CRITERIA = 4;

function outcomeLabel(id: string): string {
  const outcome = getOutcome(id);
  if (outcome) return outcome.number ? `Outcome ${outcome.number} (${outcome.title})` : outcome.title;
  return id.replace('outcome-', 'Outcome ');
}

/**
 * Outcome and award-criteria findings apply only under the UK central models (PPN 06/20, PPN 002), where model
 * outcomes exist to name; never for Scottish community benefits, Fair Work First, the Welsh goals, Northern Ireland,
 * TOMs or the reported, unverified PPN 026 (audit H5).
 */
export function outcomeChecksApply(a: Analysis): boolean {
  return isSourcedCentralModel(a.model) && a.decision.jurisdiction === 'uk-central';
}

export function checkOutcomeCriteria(a: Analysis): Finding[] {
  if (!outcomeChecksApply(a)) return [];
  const findings: Finding[] = [];
  const named = findNamed(a.text, a.model);
  const topicSpans = phraseSpans(a.text, a.classification.why);
  const large = (a.context.contractValueGbp ?? 0) >= LARGE_CONTRACT_GBP;
  const themes = a.classification.themeIds.map((t) => getTheme(t)?.title ?? t);

  if (named.outcomeIds.length === 0) {
    if (a.classification.socialValue && themes.length > 0) {
      findings.push({
        checkId: 'outcome-criteria',
        severity: 'warning',
        message: `The question reads as being about ${themes.join(' and ').toLowerCase()}, but it does not name the model outcome.`,
        reason:
          'Bidders answer best against one named outcome; without it they guess what you will reward, and answers are hard to compare.',
        guidance: GUIDANCE.buildQuestion,
        spans: topicSpans,
      });
    } else {
      // An error only where the model binds: central government, or a model the buyer's own text names (audit H2/H5).
      const binds = a.decision.buyerType === 'central' || a.modelReason.startsWith('the ');
      findings.push({
        checkId: 'outcome-criteria',
        severity: binds ? 'error' : 'warning',
        message: 'The question names no social value outcome or award criteria.',
        reason:
          'A question that does not say which outcome it serves cannot be linked to the contract or marked consistently.',
        guidance: GUIDANCE.buildQuestion,
        spans: [],
      });
    }
  }
  if (!named.mentionsCriteria) {
    findings.push({
      checkId: 'outcome-criteria',
      severity: 'warning',
      message: 'The question does not list the award criteria (and sub-criteria) answers will be marked against.',
      reason:
        'The award criteria tell bidders what a good commitment looks like for the chosen outcome; leaving them out invites generic answers.',
      guidance: GUIDANCE.buildQuestion,
      spans: [],
    });
  }

  const outcomeCount = named.outcomeIds.length;
  const themeCount = outcomeCount === 0 ? a.classification.themeIds.length : 0;
  if (outcomeCount > 1 || themeCount >= 3) {
    const what =
      outcomeCount > 1
        ? `${outcomeCount} outcomes (${named.outcomeIds.map(outcomeLabel).join('; ')})`
        : `${themeCount} different themes (${themes.join('; ')})`;
    findings.push({
      checkId: 'outcome-criteria',
      severity: large ? 'tip' : 'warning',
      message: large
        ? `The question asks for ${what}. On a large contract that can be justified; check each one is relevant.`
        : `The question asks for ${what}; choose one unless the contract is large (we use £5m as the line).`,
      reason:
        'Each extra outcome thins the answer within the same limit and raises the cost of bidding, which falls hardest on small suppliers.',
      guidance: GUIDANCE.oneOutcome,
      spans: outcomeCount > 1 ? named.outcomeSpans : topicSpans,
    });
  }
  if (!large && named.criterionIds.length > MANY_CRITERIA) {
    findings.push({
      checkId: 'outcome-criteria',
      severity: 'tip',
      message: `The question lists ${named.criterionIds.length} award criteria; consider keeping only those that fit the contract.`,
      reason: 'Buyers may leave out criteria and sub-criteria that are not proportionate to the contract.',
      guidance: GUIDANCE.buildQuestion,
      spans: named.criteriaSpans,
    });
  }
  return findings;
}

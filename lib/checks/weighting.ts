/**
 * Check: the question (or the page's weighting field) states the social value weighting, and how it stands against
 * the minimum that actually binds this buyer (audit H2, H4, M9, M12):
 *  - the central 10% minimum (PPN 06/20 guide section 3; PPN 002) is an error only for in-scope central government
 *    (departments, executive agencies, NDPBs) under PPN 06/20 or PPN 002; for anyone else it is advice;
 *  - Northern Ireland's own minimum: 10% of the total award criteria (PPN 01/21, from 1 June 2022);
 *  - PPN 026 is never a weighting rule (reported, unverified; audit H1/H4);
 *  - "% of the quality score" is told apart from "% of the total"; 0% is allowed where justified.
 */
import { GUIDANCE, MIN_WEIGHTING_GUIDANCE } from './guidance';
import { phraseSpans } from './spans';
import type { Analysis, Finding, Guidance } from './types';

export const CENTRAL_MINIMUM = 10;
export const NI_MINIMUM = 10;

interface Minimum {
  percent: number;
  guidance: Guidance;
  /** True when the minimum binds this buyer (an error if missed); false when it is only advice. */
  binding: boolean;
  label: string;
}

/** The minimum weighting relevant to this question, or null where none exists (Scotland, Wales, TOMs, PPN 026). */
export function minimumWeighting(a: Analysis): Minimum | null {
  const d = a.decision;
  if (d.jurisdiction === 'northern-ireland') {
    const binding = d.buyerType !== 'other' && d.buyerType !== 'unknown' && d.buyerType !== 'local';
    return {
      percent: NI_MINIMUM,
      guidance: GUIDANCE.minWeightingNi,
      binding,
      label: 'Northern Ireland PPN 01/21 (10% of the total award criteria)',
    };
  }
  if (d.jurisdiction !== 'uk-central') return null;
  if (a.model !== 'ppn-06-20' && a.model !== 'ppn-002') return null;
  const binding = d.buyerType === 'central';
  const guidance = MIN_WEIGHTING_GUIDANCE[a.model];
  return { percent: CENTRAL_MINIMUM, guidance, binding, label: a.model === 'ppn-06-20' ? 'PPN 06/20' : 'PPN 002' };
}

const OF_QUALITY =
  /(\d{1,3}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)\s+of\s+(?:the\s+)?(?:quality|technical|non-price)(?:\s+(?:score|marks?|element|criteria|weighting|evaluation))?/i;

export function checkWeighting(a: Analysis): Finding[] {
  const fromPage = a.context.weightingPercent;
  const percent = fromPage ?? a.weighting.percent;
  const spans = fromPage == null && a.weighting.matched ? phraseSpans(a.text, [a.weighting.matched]) : [];
  const minimum = minimumWeighting(a);
  const scopeNote =
    minimum && !minimum.binding
      ? ` The ${minimum.percent}% minimum under ${minimum.label} binds ${a.decision.jurisdiction === 'northern-ireland' ? 'Northern Ireland public bodies at or above the thresholds' : 'in-scope central government (departments, executive agencies, NDPBs)'}; other buyers may apply it by choice.`
      : '';
  if (percent === null || percent === undefined) {
    return [
      {
        checkId: 'weighting',
        severity: 'warning',
        message: minimum?.binding
          ? `The question does not state its weighting (at least ${minimum.percent}% under ${minimum.label}).`
          : 'The question does not state its weighting.',
        reason: `Bidders size their social value offer to what it is worth in the evaluation.${scopeNote}`,
        guidance: minimum?.guidance ?? GUIDANCE.weightingScope,
        spans: [],
      },
    ];
  }
  if (percent === 0) {
    return [
      {
        checkId: 'weighting',
        severity: minimum?.binding ? 'warning' : 'tip',
        message: 'The weighting is 0%: social value will not count towards the award.',
        reason:
          'That is allowed where no relevant and proportionate social value outcome exists for this contract; record the reason and say so in the tender.',
        guidance: GUIDANCE.zeroWeighting,
        spans,
      },
    ];
  }
  const source = `${a.text}\n${a.context.hint ?? ''}`;
  const ofQuality = fromPage == null ? OF_QUALITY.exec(source) : null;
  if (ofQuality && Number(ofQuality[1]) === percent) {
    const idx = a.text.indexOf(ofQuality[0]);
    return [
      {
        checkId: 'weighting',
        severity: 'tip',
        message: `The weighting is ${percent}% of the quality score, not of the total; say what share of the total award criteria that is.`,
        reason: `A share of the quality score is a smaller share of the total.${minimum ? ` The minimum under ${minimum.label} is read as ${minimum.percent}% of the total (under price-per-quality-point it is said to be ${minimum.percent}% of the quality score).` : ''}`,
        guidance: GUIDANCE.ofQuality,
        spans: idx >= 0 ? [{ start: idx, end: idx + ofQuality[0].length }] : spans,
      },
    ];
  }
  if (minimum && percent < minimum.percent) {
    return [
      {
        checkId: 'weighting',
        severity: minimum.binding ? 'error' : 'tip',
        message: minimum.binding
          ? `A weighting of ${percent}% is below the ${minimum.percent}% minimum under ${minimum.label}.`
          : `A weighting of ${percent}% is below the ${minimum.percent}% that ${minimum.label} sets for the buyers it binds; consider more if social value matters on this contract.`,
        reason: minimum.binding
          ? 'This buyer must give social value at least this share of the total award criteria.'
          : `Advice, not a breach.${scopeNote}`,
        guidance: minimum.binding ? minimum.guidance : GUIDANCE.weightingScope,
        spans,
      },
    ];
  }
  return [];
}

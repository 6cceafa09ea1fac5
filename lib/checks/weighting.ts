/**
 * Check: the question (or the page's weighting field) states the social value weighting, and it meets the
 * minimum: 10% under PPN 06/20 (guide section 3) and PPN 002 (guide, weighting); under PPN 026 as reported, 10%
 * below £5m and 20% from £5m including VAT (`ppn026MinimumWeighting`), for procurements from 1 January 2027.
 */
import { ppn026Applies, ppn026MinimumWeighting } from '../knowledge/ppn-026';
import { GUIDANCE } from './guidance';
import { phraseSpans } from './spans';
import type { Analysis, Finding, Guidance } from './types';

export const CENTRAL_MINIMUM = 10;

interface Minimum {
  percent: number;
  guidance: Guidance;
  /** True when the minimum is reported, not confirmed. */
  reported: boolean;
  label: string;
}

/** The minimum weighting that applies, or null where no central minimum does (devolved frameworks, TOMs). */
export function minimumWeighting(a: Analysis): Minimum | null {
  const value = a.context.contractValueGbp;
  const date = a.context.procurementDate;
  const ppn026 =
    a.model === 'ppn-026' || (date !== undefined && value !== undefined && ppn026Applies(date, value));
  if (ppn026) {
    const percent = value !== undefined ? ppn026MinimumWeighting(value) : undefined;
    if (percent !== undefined) {
      return { percent, guidance: GUIDANCE.minWeighting026, reported: true, label: `PPN 026 at this contract value (reported)` };
    }
    return { percent: CENTRAL_MINIMUM, guidance: GUIDANCE.minWeighting026, reported: true, label: 'PPN 026 (reported; 20% from £5m)' };
  }
  if (a.model === 'ppn-06-20') return { percent: CENTRAL_MINIMUM, guidance: GUIDANCE.minWeighting0620, reported: false, label: 'PPN 06/20' };
  if (a.model === 'ppn-002') return { percent: CENTRAL_MINIMUM, guidance: GUIDANCE.minWeighting002, reported: false, label: 'PPN 002' };
  return null;
}

export function checkWeighting(a: Analysis): Finding[] {
  const fromPage = a.context.weightingPercent;
  const percent = fromPage ?? a.weighting.percent;
  const spans = fromPage == null && a.weighting.matched ? phraseSpans(a.text, [a.weighting.matched]) : [];
  const minimum = minimumWeighting(a);
  if (percent === null || percent === undefined) {
    return [
      {
        checkId: 'weighting',
        severity: 'warning',
        message: minimum
          ? `The question does not state its weighting (at least ${minimum.percent}% under ${minimum.label}).`
          : 'The question does not state its weighting.',
        reason: 'Bidders size their social value offer to what it is worth in the evaluation.',
        guidance: minimum?.guidance ?? GUIDANCE.minWeighting002,
        spans: [],
      },
    ];
  }
  if (percent === 0) {
    return [
      {
        checkId: 'weighting',
        severity: 'warning',
        message: 'The weighting is 0%: social value will not count towards the award.',
        reason: 'A zero weighting is only right when the procurement is outside the central government models; say so in the tender if it is.',
        guidance: minimum?.guidance ?? GUIDANCE.minWeighting002,
        spans,
      },
    ];
  }
  if (minimum && percent < minimum.percent) {
    return [
      {
        checkId: 'weighting',
        severity: minimum.reported ? 'warning' : 'error',
        message: `A weighting of ${percent}% is below the ${minimum.percent}% minimum under ${minimum.label}.`,
        reason: minimum.reported
          ? 'PPN 026 is reported to raise the minimum at this value; it is not yet confirmed on gov.uk, so check before you publish.'
          : 'In-scope central government buyers must give social value at least this share of the total score.',
        guidance: minimum.guidance,
        spans,
      },
    ];
  }
  return [];
}

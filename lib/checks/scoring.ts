/**
 * Check: the question says how answers will be scored: against which award criteria, and on what scale or
 * levels. No official scoring scale is confirmed for either model (reference 5.5), so we only ask that one is stated.
 */
import { GUIDANCE } from './guidance';
import { mentions } from './spans';
import type { Analysis, Finding } from './types';

const SCORED =
  /(?<![a-z])(?:scor(?:e|es|ed|ing)|marks?|marked|marking|evaluat\w*|assess(?:ed|ment|ors?)?|judged)(?![a-z])/;
const HOW =
  /(?<![a-z])(?:criteri(?:on|a)|scale|levels?|bands?|out of \d+|\d+\s*(?:-|to)\s*\d+|excellent|good|acceptable|poor|unacceptable|fail|pass|points?)(?![a-z])/;

export function checkScoring(a: Analysis): Finding[] {
  // Under the Procurement Act 2023 stating the assessment methodology is statutory (s.23(3), audit M11).
  const guidance =
    a.decision.regime === 'pa-2023' || (a.model === 'ppn-002' && a.decision.regime !== 'pcr-2015')
      ? GUIDANCE.scoringAct
      : GUIDANCE.scoring;
  const text = a.context.hint ? `${a.text}\n${a.context.hint}` : a.text;
  if (!mentions(text, SCORED)) {
    return [
      {
        checkId: 'scoring',
        severity: 'warning',
        message: 'The question does not say how answers will be scored.',
        reason:
          'Bidders write to the marking scheme; without it they cannot tell what earns marks, and challenges become more likely.',
        guidance,
        spans: [],
      },
    ];
  }
  if (!mentions(text, HOW)) {
    return [
      {
        checkId: 'scoring',
        severity: 'tip',
        message: 'Say what the score is based on: the award criteria, and the levels or scale used.',
        reason: 'A score without its criteria or levels leaves bidders guessing what a top answer contains.',
        guidance,
        spans: [],
      },
    ];
  }
  return [];
}

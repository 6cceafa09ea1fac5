/**
 * Check: the question says how answers will be scored: against which award criteria, and on what scale or
 * levels. No official scoring scale is confirmed for either model (reference 5.5), so we only ask that one is stated.
 */
import { GUIDANCE } from './guidance';
import { mentions } from './spans';
import type { Analysis, Finding } from './types';

const SCORED = /(?<![a-z])(?:scor(?:e|es|ed|ing)|marks?|marked|marking|evaluat\w*|assess(?:ed|ment|ors?)?|judged)(?![a-z])/;
const HOW = /(?<![a-z])(?:criteri(?:on|a)|scale|levels?|bands?|out of \d+|\d+\s*(?:-|to)\s*\d+|excellent|good|acceptable|poor|unacceptable|fail|pass|points?)(?![a-z])/;

export function checkScoring(a: Analysis): Finding[] {
  const text = a.context.hint ? `${a.text}\n${a.context.hint}` : a.text;
  if (!mentions(text, SCORED)) {
    return [
      {
        checkId: 'scoring',
        severity: 'warning',
        message: 'The question does not say how answers will be scored.',
        reason: 'Bidders write to the marking scheme; without it they cannot tell what earns marks, and challenges become more likely.',
        guidance: GUIDANCE.scoring,
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
        guidance: GUIDANCE.scoring,
        spans: [],
      },
    ];
  }
  return [];
}

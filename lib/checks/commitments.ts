/**
 * Check: the question asks for specific, measurable, time-bound commitments, a method statement, a timed project
 * plan, and how delivery will be monitored and reported. All rest on the model questions and award criteria:
 * knowledge facts `ppn002-q-smart`, `eval-method-and-plan`, `ppn002-q-timed-plan`, `eval-monitoring-reporting`.
 */
import { GUIDANCE } from './guidance';
import { matchSpans, mentions } from './spans';
import type { Analysis, Finding } from './types';

const B = '(?<![a-z])';
const E = '(?![a-z])';
const SMART = new RegExp(`${B}smart${E}`);
const SPECIFIC = new RegExp(`${B}(?:specific|quantif\\w*|how (?:much|many)|number of|numbers)${E}`);
const MEASURABLE = new RegExp(
  `${B}(?:measurable|measur\\w*|targets?|kpis?|key performance indicators?|metrics?|quantif\\w*)${E}`,
);
const TIMED = new RegExp(
  `${B}(?:time[- ]?bound|timed|timescales?|timelines?|timetable|by when|dates?|dated|deadlines?|milestones?|within (?:the )?first|by the end of|each year|per year|annually)${E}`,
);
const METHOD = new RegExp(
  `${B}(?:method statement|how (?:you|your organisation|the (?:supplier|bidder|contractor)|bidders?|tenderers?) (?:will|would|intend to|plan to) (?:deliver|achieve|meet|implement|carry out|put)|approach to delivering|how (?:they|each commitment) will be (?:delivered|achieved))${E}`,
);
const PLAN = new RegExp(
  `${B}(?:(?:project|timed|delivery|implementation|action|social value) plan|timelines?|timetable|milestones?|gantt)${E}`,
);
const MONITOR = new RegExp(
  `${B}(?:monitor\\w*|report\\w*|track\\w*|kpis?|key performance indicators?|measure (?:and report )?(?:progress|impact|delivery)|evidence (?:of )?(?:delivery|progress))${E}`,
);
const VAGUE = new RegExp(
  `${B}(?:describe|outline|explain|tell us about|demonstrate|set out|detail) (?:your|the (?:bidder|supplier|organisation)'?s?) (?:overall |general )?(?:approach|commitment|ethos|values|philosophy|policy|policies) (?:to|towards|on|for) (?:delivering )?social value${E}`,
  'g',
);

export function checkCommitments(a: Analysis): Finding[] {
  const t = a.text;
  const findings: Finding[] = [];
  const smartParts = [SPECIFIC, MEASURABLE, TIMED].filter((re) => mentions(t, re)).length;
  if (!mentions(t, SMART) && smartParts < 2) {
    findings.push({
      checkId: 'commitments',
      severity: 'warning',
      message: 'The question does not ask for specific, measurable, time-bound commitments.',
      reason:
        'Commitments that say what, how much and by when are the minimum needed to score, and the only ones that can be written into the contract and checked.',
      guidance: GUIDANCE.smart,
      spans: [],
    });
  }
  const vague = matchSpans(t, VAGUE);
  if (vague.length > 0) {
    findings.push({
      checkId: 'commitments',
      severity: 'tip',
      message:
        'Asking for an "approach" to social value invites general statements; ask what the bidder will commit to deliver.',
      reason: 'General statements cannot be scored against the award criteria or managed in the contract.',
      guidance: GUIDANCE.smart,
      spans: vague,
    });
  }
  if (!mentions(t, METHOD)) {
    findings.push({
      checkId: 'commitments',
      severity: 'warning',
      message: 'The question does not ask for a method statement (how each commitment will be delivered).',
      reason:
        'Both model questions ask bidders to explain how they will deliver; it is what lets evaluators judge whether a commitment is credible.',
      guidance: GUIDANCE.methodAndPlan,
      spans: [],
    });
  }
  if (!mentions(t, PLAN)) {
    findings.push({
      checkId: 'commitments',
      severity: 'warning',
      message: 'The question does not ask for a timed project plan with milestones.',
      reason: 'A dated plan turns promises into something the contract manager can follow up.',
      guidance: GUIDANCE.timedPlan,
      spans: [],
    });
  }
  if (!mentions(t, MONITOR)) {
    findings.push({
      checkId: 'commitments',
      severity: 'warning',
      message: 'The question does not ask how delivery will be monitored and reported.',
      reason: 'Without agreed measures and reporting, commitments cannot be checked during the contract.',
      guidance: GUIDANCE.monitoring,
      spans: [],
    });
  }
  return findings;
}

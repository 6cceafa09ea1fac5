/**
 * Buyer checks the audit found missing (M4, M5, section 6): asking for legal minimums or the contract's core
 * deliverables as social value (additionality, double counting with quality); local eligibility instead of local
 * outcomes (equal treatment); monetised proxy values under a central model (qualitative evaluation).
 */
import { GUIDANCE } from './guidance';
import { matchSpans, mentions } from './spans';
import type { Analysis, Finding } from './types';

/** Legal duties or separate mandated requirements, each with what makes it a minimum. */
const LEGAL: readonly { re: RegExp; what: string; unless?: RegExp }[] = [
  {
    re: /(?<![a-z])(?:prompt payment|pay(?:ing|ment of)? (?:\w+ ){0,4}invoices? (?:\w+ ){0,3}within 30 days|within 30 days of (?:receipt of )?(?:a valid )?invoice)(?![a-z])/g,
    what: 'payment within 30 days is an implied term of every public contract (Procurement Act 2023 s.68)',
    unless: /(?<![a-z])(?:within (?:[1-9]|1\d|2[0-9]) days|faster than)(?![a-z])/,
  },
  {
    re: /(?<![a-z])national (?:living|minimum) wage(?![a-z])/g,
    what: 'the National Living and Minimum Wage are legal minimums (the real Living Wage is not)',
  },
  {
    re: /(?<![a-z])carbon reduction plan(?![a-z])/g,
    what: 'a Carbon Reduction Plan is a separate PPN 006 requirement for larger contracts',
  },
  {
    re: /(?<![a-z])cyber essentials(?: plus)?(?![a-z])/g,
    what: 'Cyber Essentials is often a mandated requirement, not an additional benefit',
  },
  {
    re: /(?<![a-z])modern slavery statement(?![a-z])/g,
    what: 'a modern slavery statement is a legal duty for larger organisations',
  },
];
/** Core deliverables on technology contracts (audit M5). */
const CORE =
  /(?<![a-z])(?:cyber ?security|information security|security of the (?:service|system|data)|user research|co-design|service modernisation|moderni[sz]e (?:the|our|your) (?:service|system|platform)s?|digital transformation|accessibility (?:of the service|standards?)|wcag)(?![a-z])/g;
const LOCAL_ELIGIBILITY =
  /(?<![a-z])(?:(?:must|should|will need to) (?:be|have an office) (?:based|located|registered) in|local (?:firms|suppliers|companies|businesses) only|only (?:local|suppliers based in)|head ?office (?:must be )?(?:in|within)|within \d+ miles of)(?![a-z])/g;
const PROXY =
  /(?<![a-z])(?:sroi|social return on investment|proxy values?|financial proxy|monetised|monetized|£ ?value of (?:the |your )?social value|social value in (?:£|pounds)|toms? values?)(?![a-z])/g;

/** True when the wording names a typical core deliverable of a technology contract. */
export function mentionsCoreDeliverable(text: string): boolean {
  return mentions(text, CORE);
}

export function checkAdditionality(a: Analysis): Finding[] {
  const findings: Finding[] = [];
  for (const rule of LEGAL) {
    const spans = matchSpans(a.text, rule.re);
    if (spans.length === 0) continue;
    if (rule.unless) {
      rule.unless.lastIndex = 0;
      if (rule.unless.test(a.text.toLowerCase())) continue;
    }
    findings.push({
      checkId: 'additionality',
      severity: 'warning',
      message: `The question asks for something the law or a separate requirement already demands: ${rule.what}.`,
      reason: 'Evaluators score a legal minimum as nothing additional; ask what the bidder will do beyond it.',
      guidance: GUIDANCE.legalMinimum,
      spans,
    });
  }
  const core = matchSpans(a.text, CORE);
  if (core.length > 0) {
    findings.push({
      checkId: 'additionality',
      severity: 'tip',
      message:
        "The question asks about work that is usually the contract's core deliverable (security, user research, accessibility, modernisation).",
      reason:
        'It is scored in the quality questions already; asking for it here double counts. Ask for benefits beyond the specification.',
      guidance: GUIDANCE.coreDeliverable,
      spans: core,
    });
  }
  return findings;
}

export function checkLocalEligibility(a: Analysis): Finding[] {
  const spans = matchSpans(a.text, LOCAL_ELIGIBILITY);
  if (spans.length === 0) return [];
  return [
    {
      checkId: 'local-eligibility',
      severity: 'warning',
      message: 'The question makes where the bidder is based a condition, not what it delivers locally.',
      reason: 'Local eligibility breaks equal treatment and non-discrimination; ask for outcomes in the area instead.',
      guidance: GUIDANCE.equalTreatment,
      spans,
    },
  ];
}

export function checkProxyValues(a: Analysis): Finding[] {
  if (a.model !== 'ppn-06-20' && a.model !== 'ppn-002') return [];
  const spans = matchSpans(a.text, PROXY);
  if (spans.length === 0) return [];
  return [
    {
      checkId: 'proxy-values',
      severity: 'warning',
      message: 'The question asks for a monetised or proxy value of social value under a central government model.',
      reason:
        'The central models evaluate commitments qualitatively against the award criteria; a £ figure rewards accounting, not delivery.',
      guidance: GUIDANCE.qualitative,
      spans,
    },
  ];
}

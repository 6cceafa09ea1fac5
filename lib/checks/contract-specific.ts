/**
 * Check: the question asks for delivery on this contract, not company-wide policies, strategies or accreditations
 * (which evaluators are told not to assess, and which can shut out SMEs and VCSEs). Knowledge fact
 * `eval-contract-specific`; PPN 002 award criteria as summarised by Stone King and bidhelp.
 */
import { GUIDANCE } from './guidance';
import { splitSentences } from './readability';
import { matchSpans, mentions } from './spans';
import type { Analysis, Finding, Span } from './types';

const B = '(?<![a-z0-9])';
const E = '(?![a-z0-9])';
const POLICY = new RegExp(
  [
    `${B}(?:your|the (?:bidder|supplier|organisation|company)'?s?|company|corporate|organisational|company-wide|organisation-wide|group-wide)\\s+(?:[a-z-]+\\s+){0,3}?(?:polic(?:y|ies)|strateg(?:y|ies)|charters?|csr)${E}`,
    `${B}corporate social responsibility${E}`,
    `${B}csr${E}`,
    `${B}(?:company|organisation|group|business)[- ]wide${E}`,
    `${B}across (?:your|the) (?:whole )?(?:organisation|business|company|group)${E}`,
    `${B}(?:a )?copy of your${E}`,
  ].join('|'),
  'g',
);
const ACCREDITATION = new RegExp(
  [
    `${B}iso\\s?\\d{4,5}(?::\\d{4})?${E}`,
    `${B}investors in people${E}`,
    `${B}b[- ]?corp(?:oration)?${E}`,
    `${B}accredit(?:ed|ation|ations)${E}`,
    `${B}certif(?:ied|ication|ications|icate|icates)${E}`,
    `${B}disability confident (?:leader|employer|level \\d)${E}`,
    `${B}ecovadis${E}`,
    `${B}kitemark${E}`,
    `${B}member(?:ship)? of (?:a |an |the )?(?:recognised |recognized )?(?:scheme|body|association|institute)${E}`,
  ].join('|'),
  'g',
);
const THIS_CONTRACT = new RegExp(
  `${B}(?:this|the) (?:contract|framework|call-off|service|project)${E}|${B}contract[- ]specific${E}|${B}(?:under|through|on|in delivering) the contract${E}`,
);

/** A sentence that rules policies out ("we will not score policies", "rather than certificates") is not asking for them. */
const RULED_OUT =
  /(?<![a-z])(?:not|never|no) (?:be )?(?:scor|assess|accept|consider|count|mark|evaluat|need|requir)\w*|(?<![a-z])(?:rather than|instead of|in place of)(?![a-z])/i;

function askedFor(text: string, spans: Span[]): Span[] {
  const sentences = splitSentences(text);
  return spans.filter((s) => {
    const sentence = sentences.find((x) => x.start <= s.start && s.start < x.end);
    return !sentence || !RULED_OUT.test(text.slice(sentence.start, sentence.end));
  });
}

export function checkContractSpecific(a: Analysis): Finding[] {
  const findings: Finding[] = [];
  const policy = askedFor(a.text, matchSpans(a.text, POLICY));
  if (policy.length > 0) {
    findings.push({
      checkId: 'contract-specific',
      severity: 'warning',
      message:
        'The question asks about company-wide policies or strategy rather than what will be delivered on this contract.',
      reason:
        'General corporate policies are not evidence of what the contract will deliver, and evaluators are told not to score them.',
      guidance: GUIDANCE.contractSpecific,
      spans: policy,
    });
  }
  const badges = askedFor(a.text, matchSpans(a.text, ACCREDITATION));
  if (badges.length > 0) {
    findings.push({
      checkId: 'contract-specific',
      severity: 'warning',
      message: 'The question asks for accreditations or certificates; ask what the bidder will deliver instead.',
      reason:
        'Certificates cost money and time that many small firms and VCSEs do not have, so asking for them can shut out suppliers who would deliver well.',
      guidance: GUIDANCE.accreditations,
      spans: badges,
    });
  }
  if (!mentions(a.text, THIS_CONTRACT)) {
    findings.push({
      checkId: 'contract-specific',
      severity: 'tip',
      message: 'Say that commitments must be delivered through this contract.',
      reason: 'Tying the ask to the contract keeps answers additional to its core work and specific to it.',
      guidance: GUIDANCE.contractSpecific,
      spans: [],
    });
  }
  return findings;
}

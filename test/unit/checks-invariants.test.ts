import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkQuestion, type CheckContext } from '@/lib/checks';
import { findingProblems } from '@/lib/checks/validate';
import { CATEGORY_IDS } from '@/lib/knowledge/ids';

/** Our own questions, good and bad, in the shapes buyers write them. */
const QUESTIONS = [
  'Describe your approach to social value.',
  'Please provide your social value policy and evidence of ISO 14001 accreditation.',
  'In no more than [enter number of] words please describe your commitments.',
  'Outcome 1: Fair work. MACs 1a-1e. Maximum 500 words. Weighting 10%. We will score each answer 0-5 against the award criteria.',
  'Using a maximum of 2,000 characters, describe the commitment you will make under Policy Outcome 4 (MAC 4.1) to cut carbon on this contract.',
  'How will you create apprenticeships for care leavers on this contract? Give numbers and dates, a method statement, a timed project plan and how you will report progress each quarter.',
  'SOCIAL VALUE (MANDATORY) — Tell us about your CSR.',
  'Explain how you will utilise synergies to leverage holistic outcomes in order to facilitate stakeholder value going forward.',
  'Question 1',
  '',
  '   ',
  '10%',
  'Social value 5% of the total score.',
  'Maximum 50 words: describe your carbon reduction plan.',
  'Answer against Outcome 2, Outcome 3, Outcome 5, Outcome 6 and Outcome 8 with MAC 2.1, 2.2, 3.1, 3.2, 5.1, 6.1, 8.1.',
  'Tell us how your organisation-wide diversity strategy and Investors in People status will benefit the authority.',
  'Describe how you will support the VCSE sector. Report KPIs to the CM monthly via the SRM template.',
  'What will you do, by when, for whom and how much? How will it be measured? Who oversees it? How will you report to us? (750 words)',
  'e.g. i.e. etc. 1.5 2.2. A. B. C.',
  'Tell us how, under PPN 026, you will create good jobs and fair pay for the contract workforce. Weighting 20%. No word limit.',
  'Describe the community benefits you will deliver under the Procurement Reform (Scotland) Act 2014, s.25.',
  'Describe how the supplier will reduce the disability employment gap on the contract (Policy Outcome 5), in up to 1 side of A4.',
  'Please set out your approach to modern slavery risk in the supply chain (MAC 6.3) and how this is monitored and reported.',
  'Digital inclusion: how will you give refurbished devices to people without access, starting in month 3?',
  'Word limit - n/a. Scoring: pass/fail.',
  'Les soumissionnaires doivent décrire leur engagement.',
  'Ÿ̸̢ unusual ǅ text with İstanbul and ß characters and emoji 🌍 for carbon 🌍 reduction.',
  'A'.repeat(3000),
  'word '.repeat(2000),
  'Outcome 9 and MAC 9.9 and MAC 1z do not exist.',
];

const CONTEXTS: CheckContext[] = [
  {},
  { category: 'hardware', contractValueGbp: 250_000 },
  { category: 'digital-services', contractValueGbp: 8_000_000, procurementDate: '2027-02-01', weightingPercent: 10 },
  { preferredModel: 'ppn-06-20', markupLimit: { unit: 'chars', value: 500 }, hint: 'Maximum 500 characters' },
  { weightingPercent: 0, procurementDate: 'not a date' },
];

function expectSound(text: string, context: CheckContext) {
  const result = checkQuestion(text, context);
  for (const f of result.findings) expect(findingProblems(text, f), `${f.checkId}: ${f.message}`).toEqual([]);
  expect(result.rewrite.text.length).toBeGreaterThan(0);
  expect(Number.isFinite(result.readability.fleschReadingEase)).toBe(true);
  return result;
}

describe('every finding has a reason, cited guidance and spans inside the text', () => {
  it('on our own questions under several contexts', () => {
    let findings = 0;
    for (const q of QUESTIONS) for (const c of CONTEXTS) findings += expectSound(q, c).findings.length;
    expect(findings).toBeGreaterThan(QUESTIONS.length * CONTEXTS.length);
  });
  it('on arbitrary text', () => {
    const words = fc.constantFrom(
      'Outcome 1',
      'MAC 2.2',
      'policy',
      'ISO 9001',
      '10%',
      '500 words',
      'is scored',
      'KPI',
      'utilise',
      '.',
      '\n',
      ';',
      '(ABC)',
      'SME',
      'this contract',
      '[x] words',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.array(words, { maxLength: 40 }).map((w) => w.join(' ')),
        ),
        fc.constantFrom(...CATEGORY_IDS),
        (text, category) => {
          expectSound(text, { category });
        },
      ),
      { numRuns: 300 },
    );
  });
  // Speed is measured by the benchmarks, not asserted here: a timing bound in a unit test fails on a busy machine.
  it('checks a long text (2,000 words) and gives the same result twice', () => {
    const text = 'We will score how you utilise apprenticeships on this contract, and it is reported monthly. '.repeat(
      130,
    );
    expect(checkQuestion(text)).toEqual(checkQuestion(text));
  });
});

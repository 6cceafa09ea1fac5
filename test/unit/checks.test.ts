import { describe, expect, it } from 'vitest';
import {
  analyse,
  checkCommitments,
  checkContractSpecific,
  checkLimit,
  checkOutcomeCriteria,
  checkPlainEnglish,
  checkQuestion,
  checkRelevance,
  checkScoring,
  checkWeighting,
  readability,
  suggestRewrite,
  syllables,
  type CheckContext,
  type Finding,
} from '@/lib/checks';

const run = (check: (a: ReturnType<typeof analyse>) => Finding[], text: string, context: CheckContext = {}) =>
  check(analyse(text, context));
const slice = (text: string, f: Finding) => f.spans.map((s) => text.slice(s.start, s.end));

/** Our own well-formed question: every check should pass or leave at most tips. */
const GOOD = [
  'Social value (15% of the total score, PPN 002)',
  'Outcome 1: Fair work. Award criteria: MAC 1a and MAC 1d.',
  'In no more than 600 words, tell us what you will deliver through this contract towards this outcome. Please give:',
  '1. Your commitments: what you will do, how much, for whom and by when. Make each one specific and measurable, with a date.',
  '2. A method statement: how you will deliver each commitment.',
  '3. A timed project plan with milestones.',
  '4. How you will monitor progress and report it to us each quarter.',
  'We will score the answer against each award criterion, using the scoring levels in the tender documents.',
].join('\n');

const POOR =
  "Please describe your organisation's approach to social value and provide a copy of your corporate social responsibility policy and your ISO 14001 certificate, " +
  'demonstrating how your company-wide strategy will be utilised in order to facilitate holistic outcomes across your organisation going forward.';

describe('outcome and award criteria', () => {
  it('passes a question naming one outcome and its criteria', () => {
    expect(run(checkOutcomeCriteria, GOOD)).toEqual([]);
  });
  it('is an error for central government when no outcome or topic can be found; a warning for others (H2/H5)', () => {
    const f = run(checkOutcomeCriteria, 'Tell us about your organisation.', { buyerType: 'central' });
    expect(f.map((x) => x.severity)).toContain('error');
    expect(
      run(checkOutcomeCriteria, 'Tell us about your organisation.', { buyerType: 'local' }).map((x) => x.severity),
    ).not.toContain('error');
  });
  it('warns, pointing at the topic words, when the topic is clear but the outcome is not named', () => {
    const text = 'Describe how you will create apprenticeships for young people on this contract.';
    const [f] = run(checkOutcomeCriteria, text).filter((x) => x.message.includes('does not name the model outcome'));
    expect(f?.severity).toBe('warning');
    expect(slice(text, f!).join(' ').toLowerCase()).toContain('apprenticeships');
  });
  it('warns when several outcomes are asked for on a contract that is not large', () => {
    const text = 'Answer against Outcome 1, Outcome 4 and Outcome 8 of the model, with the award criteria for each.';
    const f = run(checkOutcomeCriteria, text, { contractValueGbp: 400_000, preferredModel: 'ppn-06-20' }).find((x) =>
      x.message.includes('outcomes'),
    );
    expect(f?.severity).toBe('warning');
    expect(slice(text, f!)).toEqual(['Outcome 1', 'Outcome 4', 'Outcome 8']);
  });
  it('only tips when the contract is large', () => {
    const text = 'Answer against Outcome 1 and Outcome 4, with their award criteria.';
    const f = run(checkOutcomeCriteria, text, { contractValueGbp: 12_000_000 }).find((x) =>
      x.message.includes('outcomes'),
    );
    expect(f?.severity).toBe('tip');
  });
  it('reads MAC code lists and ranges', () => {
    const text = 'Outcome 1 (Fair work), MACs 1a-1c: tell us your commitments.';
    const f = run(checkOutcomeCriteria, text);
    expect(f.find((x) => x.message.includes('award criteria'))).toBeUndefined();
  });
});

describe('relevance to the contract category', () => {
  it('flags a workforce criterion on a hardware supply contract, with the matrix reason', () => {
    const text =
      'Award criterion MAC 1.1: create jobs and retraining on this contract for people who lost work in the pandemic.';
    const [f] = run(checkRelevance, text, { category: 'hardware', preferredModel: 'ppn-06-20' });
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain('1.1');
    expect(f?.reason).toMatch(/overseas manufacturing/);
    expect(f?.guidance.verification).toBe('unconfirmed');
    expect(slice(text, f!)[0]).toMatch(/MAC 1\.1/);
  });
  it('does not flag the same criterion for digital services, where it is rated high', () => {
    const text = 'Award criterion MAC 1.1: create jobs and retraining on this contract.';
    expect(run(checkRelevance, text, { category: 'digital-services' })).toEqual([]);
  });
  it('asks for the category when none is given', () => {
    const [f] = run(checkRelevance, 'Describe the apprenticeships you will create on this contract.');
    expect(f?.severity).toBe('tip');
  });
});

describe('limit', () => {
  it('passes a stated limit with room', () => {
    expect(run(checkLimit, 'Answer in no more than 750 words.')).toEqual([]);
    expect(run(checkLimit, 'Maximum 5,000 characters including spaces.')).toEqual([]);
  });
  it('warns when no limit is stated, and accepts one the page enforces', () => {
    expect(run(checkLimit, 'Describe your commitments.')[0]?.severity).toBe('warning');
    expect(run(checkLimit, 'Describe your commitments.', { markupLimit: { unit: 'chars', value: 5000 } })).toEqual([]);
  });
  it('is an error when the template placeholder is left in, pointing at it', () => {
    const text = 'In no more than [enter number of] words, set out your commitments.';
    const [f] = run(checkLimit, text);
    expect(f?.severity).toBe('error');
    expect(slice(text, f!)).toEqual(['[enter number of] words']);
  });
  it('warns on a limit too short for a method statement and plan, and errors on a tiny one', () => {
    const text = 'Maximum 200 words.';
    const [f] = run(checkLimit, text);
    expect(f?.severity).toBe('warning');
    expect(slice(text, f!)).toEqual(['Maximum 200 words']);
    expect(run(checkLimit, 'Maximum 50 words.')[0]?.severity).toBe('error');
  });
});

describe('weighting', () => {
  it('passes 10% or more under PPN 002', () => {
    expect(run(checkWeighting, 'Social value is weighted at 10% of the total score.')).toEqual([]);
  });
  it('errors below the 10% minimum for central government and points at the figure (H2)', () => {
    const text = 'This question is weighted at 5% of the total score.';
    const [f] = run(checkWeighting, text, { buyerType: 'central' });
    expect(f?.severity).toBe('error');
    expect(slice(text, f!)).toEqual(['5%']);
    expect(f?.guidance.citation).toMatch(/PPN 002/);
  });
  it('uses the weighting field from the page when there is one', () => {
    expect(run(checkWeighting, 'Describe your commitments.', { weightingPercent: 12 })).toEqual([]);
    expect(run(checkWeighting, 'Describe your commitments.')[0]?.message).toMatch(/does not state its weighting/);
  });
  it('H1/H4: never applies a PPN 026 weighting rule from a date or value', () => {
    const context = {
      procurementDate: '2027-03-01',
      contractValueGbp: 6_000_000,
      weightingPercent: 10,
      buyerType: 'central' as const,
    };
    expect(run(checkWeighting, 'Describe your commitments.', context)).toEqual([]);
    expect(run(checkWeighting, 'Describe your commitments.', { ...context, contractValueGbp: 500_000 })).toEqual([]);
    expect(
      run(checkWeighting, 'Under PPN 026, describe your commitments.', {
        weightingPercent: 10,
        contractValueGbp: 6_000_000,
      }),
    ).toEqual([]);
  });
  it('warns on 0%', () => {
    expect(run(checkWeighting, 'x', { weightingPercent: 0 })[0]?.message).toMatch(/0%/);
  });
});

describe('commitments, method, plan and reporting', () => {
  it('passes the good question', () => {
    expect(run(checkCommitments, GOOD)).toEqual([]);
  });
  it('lists each missing ask separately', () => {
    const messages = run(checkCommitments, 'Tell us about social value.').map((f) => f.message);
    expect(messages).toHaveLength(4);
    expect(messages.join(' ')).toMatch(/specific, measurable, time-bound/);
    expect(messages.join(' ')).toMatch(/method statement/);
    expect(messages.join(' ')).toMatch(/timed project plan/);
    expect(messages.join(' ')).toMatch(/monitored and reported/);
  });
  it('tips on a vague "approach to social value" ask', () => {
    const text = 'Describe your approach to social value.';
    const f = run(checkCommitments, text).find((x) => x.severity === 'tip');
    expect(slice(text, f!)).toEqual(['Describe your approach to social value']);
  });
});

describe('contract-specific, open to SMEs', () => {
  it('flags company-wide policies and accreditations with their words', () => {
    const f = run(checkContractSpecific, POOR);
    const policy = f.find((x) => x.message.includes('company-wide'));
    const badges = f.find((x) => x.message.includes('accreditations'));
    expect(slice(POOR, policy!).join('|').toLowerCase()).toMatch(/corporate social responsibility/);
    expect(slice(POOR, badges!)).toEqual(['ISO 14001', 'certificate']);
    expect(badges!.reason).toMatch(/small firms/);
  });
  it('does not flag a sentence that rules policies and certificates out', () => {
    const text = 'Tell us what you will deliver on this contract. We will not score company policies or certificates.';
    expect(run(checkContractSpecific, text)).toEqual([]);
  });
  it('passes a contract-specific ask', () => {
    expect(run(checkContractSpecific, 'What will you deliver through this contract?')).toEqual([]);
  });
});

describe('plain English', () => {
  it('flags jargon with plain alternatives, passive voice and a low reading ease', () => {
    const f = run(checkPlainEnglish, POOR);
    const jargon = f.find((x) => x.message.startsWith('Jargon'));
    expect(jargon?.message).toContain('"utilised" → "used"');
    expect(slice(POOR, jargon!)).toEqual(['utilised', 'in order to', 'facilitate', 'holistic', 'going forward']);
    expect(f.find((x) => x.message.includes('longer than 25 words'))?.severity).toBe('warning');
    expect(f.find((x) => x.message.startsWith('Reading ease'))).toBeDefined();
  });
  it('flags acronyms that are never spelled out, but not defined or everyday ones', () => {
    const text =
      'Tell us how SMEs and VCSE (voluntary, community and social enterprise) partners gain, and what the NHS trust gets. Report on KPI progress.';
    const f = run(checkPlainEnglish, text).find((x) => x.message.startsWith('Spell out'));
    expect(slice(text, f!)).toEqual(['SMEs', 'KPI']);
    const defined = 'Use key performance indicators (KPIs). Each KPI has a date.';
    expect(run(checkPlainEnglish, defined).find((x) => x.message.startsWith('Spell out'))).toBeUndefined();
  });
  it('counts passive phrases but not adjectives after "is"', () => {
    const text = 'Progress is reported monthly. Answers are scored by a panel. We are committed to this.';
    const f = run(checkPlainEnglish, text).find((x) => x.message.includes('passive'));
    expect(slice(text, f!)).toEqual(['is reported', 'are scored']);
  });
  it('computes Flesch reading ease with our syllable heuristic', () => {
    expect(syllables('cat')).toBe(1);
    expect(syllables('make')).toBe(1);
    expect(syllables('table')).toBe(2);
    expect(syllables('created')).toBe(2); // heuristic: "ea" is one vowel group
    expect(syllables('commitment')).toBe(3);
    expect(syllables('organisation')).toBe(5);
    const easy = readability('We will hire ten local people. They will start in May.');
    expect(easy.sentences).toBe(2);
    expect(easy.words).toBe(11);
    expect(easy.fleschReadingEase).toBeGreaterThan(80);
    expect(readability(POOR).fleschReadingEase).toBeLessThan(30);
    expect(readability('').fleschReadingEase).toBe(0);
  });
});

describe('scoring', () => {
  it('warns when scoring is not mentioned, tips when the basis is missing, passes when stated', () => {
    expect(run(checkScoring, 'Describe your commitments.')[0]?.severity).toBe('warning');
    expect(run(checkScoring, 'This question will be scored.')[0]?.severity).toBe('tip');
    expect(run(checkScoring, 'We will score answers 0-5 against the award criteria.')).toEqual([]);
  });
  it('reads the scoring statement from the hint too', () => {
    expect(
      run(checkScoring, 'Describe your commitments.', { hint: 'Marked against the award criteria on a 0 to 4 scale.' }),
    ).toEqual([]);
  });
});

describe('checkQuestion', () => {
  it('has no errors or warnings on our good question, worst first on the poor one', () => {
    const good = checkQuestion(GOOD, { category: 'digital-services' });
    expect(good.counts.error + good.counts.warning).toBe(0);
    const poor = checkQuestion(POOR, { buyerType: 'central' });
    const order = poor.findings.map((f) => ['error', 'warning', 'tip'].indexOf(f.severity));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(poor.counts.error).toBeGreaterThan(0);
    expect(new Set(poor.findings.map((f) => f.checkId)).size).toBeGreaterThanOrEqual(6);
  });
});

describe('suggestRewrite', () => {
  it('fills in the outcome, criteria, limit and weighting from the question', () => {
    const text = 'PPN 002 Outcome 1 (Fair work), MAC 1d: tell us about training. Maximum 800 words. Weighting 12%.';
    const r = suggestRewrite(text);
    expect(r.outcomeId).toBe('ppn002-o1');
    expect(r.criterionIds).toEqual(['ppn002-1d']);
    expect(r.limit).toEqual({ unit: 'words', value: 800 });
    expect(r.weightingPercent).toBe(12);
    expect(r.text).toContain('Outcome 1: Fair work');
    expect(r.text).toContain('1d In-work progression through new skills');
    expect(r.text).toContain('In no more than 800 words');
    expect(r.text).toContain('12% of the total score');
  });
  it('raises a low weighting to the minimum and suggests a limit, saying so in the notes', () => {
    const r = suggestRewrite('Describe your apprenticeships. Maximum 100 words. Weighting 5%.', {
      procurementDate: '2025-11-01',
      buyerType: 'central',
    });
    expect(r.weightingPercent).toBe(10);
    expect(r.limit).toEqual({ unit: 'words', value: 500 });
    expect(r.notes.join(' ')).toMatch(/our suggestion/);
    expect(r.notes.join(' ')).toMatch(/10% minimum/);
  });
  it('leaves out criteria rated low for the category when others remain', () => {
    const r = suggestRewrite('Policy Outcome 1 under PPN 06/20.', { category: 'hardware' });
    expect(r.outcomeId).toBe('ppn0620-o1');
    expect(r.criterionIds).not.toContain('ppn0620-1.1');
    expect(r.criterionIds.length).toBeGreaterThan(0);
  });
  it('produces a rewrite that itself passes every check without errors or warnings', () => {
    for (const q of [
      POOR,
      'PPN 002 Outcome 1 (Fair work), MAC 1d: tell us about training.',
      'Tell us how you will cut carbon on this contract.',
    ]) {
      const rewrite = suggestRewrite(q, { category: 'digital-services' });
      const result = checkQuestion(rewrite.text, { category: 'digital-services' });
      const serious = result.findings.filter(
        (f) => f.severity !== 'tip' && !(rewrite.outcomeId === null && f.checkId === 'outcome-criteria'),
      );
      expect(serious.map((f) => f.message)).toEqual([]);
    }
  });
});

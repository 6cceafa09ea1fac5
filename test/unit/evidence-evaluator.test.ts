import { describe, expect, it } from 'vitest';
import { analyseEvidence, coverageText, TIER_WEIGHT, type EvidenceId } from '@/lib/reminders/answer';

type Opts = Parameters<typeof analyseEvidence>[1];
const check = (text: string, id: EvidenceId, options?: Opts) => {
  const c = analyseEvidence(text, options).checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
};
const met = (text: string, id: EvidenceId, options?: Opts) => check(text, id, options).met;

describe('loose matches tightened (knowledge-audit section 5, point 3)', () => {
  it('"the board" or "a committee" is not a named owner', () => {
    for (const t of [
      'The board will oversee this.',
      'A committee reviews social value.',
      'Our steering group meets.',
    ]) {
      expect(met(t, 'owner'), t).toBe(false);
    }
    expect(met('Our Social Value Manager will report.', 'owner')).toBe(true);
  });

  it('"measures" as a noun is not monitoring', () => {
    expect(met('We will take measures to support staff.', 'monitoring')).toBe(false);
    expect(met('These measures help.', 'monitoring')).toBe(false);
    expect(met('We will measure retention at 6 months.', 'monitoring')).toBe(true);
  });

  it('a bare region name is not who benefits', () => {
    expect(met('Our London office will run this.', 'cohort-place')).toBe(false);
    expect(met('We are a Wales-based company.', 'cohort-place')).toBe(false);
    expect(met('Placements for learners across Wales.', 'cohort-place')).toBe(true);
  });

  it('one "this contract" is not enough to be contract-specific; two, or a strong phrase, is', () => {
    expect(met('We will hire people on this contract.', 'contract-specific')).toBe(false);
    expect(met('We will hire people on this contract. This contract also funds training.', 'contract-specific')).toBe(
      true,
    );
    expect(met('For the duration of the contract we will train people.', 'contract-specific')).toBe(true);
  });
});

describe('hedges (point 4)', () => {
  it('lists each hedge once, in text order', () => {
    const r = analyseEvidence(
      'We aim to hire up to 5 apprentices, subject to demand, and we may also offer placements where feasible. We aim to report.',
    );
    expect(r.hedges.map((h) => h.toLowerCase())).toEqual(['aim to', 'up to', 'subject to', 'we may', 'where feasible']);
  });

  it('does not read the month of May or firm commitments as hedges', () => {
    expect(analyseEvidence('We will hire 5 apprentices by May 2027 and report quarterly.').hedges).toEqual([]);
  });
});

describe('each award criterion answered by name', () => {
  const criteria = [
    { code: '1a', title: 'Create and retain high quality jobs' },
    { code: '1c', title: 'Fair pay' },
  ];

  it('is applicable only when the question lists criteria, and lists those not yet named', () => {
    expect(check('Anything.', 'criteria-named').applicable).toBe(false);
    const partial = check('1a: we will create 4 jobs on this contract.', 'criteria-named', { criteria });
    expect(partial).toMatchObject({ applicable: true, met: false });
    expect(partial.found).toEqual(['1a Create and retain high quality jobs']);
    expect(partial.missing).toEqual(['1c Fair pay']);
    const all = check('MAC 1a: 4 jobs. Fair pay: the real Living Wage for all staff.', 'criteria-named', { criteria });
    expect(all).toMatchObject({ met: true, missing: [] });
  });

  it('matches codes as whole tokens ("1a" is not in "11a" or "1.1a")', () => {
    expect(met('See section 11a and 1.1a.', 'criteria-named', { criteria: [{ code: '1a' }] })).toBe(false);
    expect(met('MAC 2.1 answered here.', 'criteria-named', { criteria: [{ code: '2.1' }] })).toBe(true);
    expect(met('MAC 2.10 answered here.', 'criteria-named', { criteria: [{ code: '2.1' }] })).toBe(false);
  });
});

describe('resources, influence, transparency, flow-down, KPIs', () => {
  it('each is met by what an evaluator looks for and not by a bare promise', () => {
    const cases: [EvidenceId, string][] = [
      ['resources', 'A £15,000 budget is ring-fenced for training.'],
      ['resources', 'A dedicated part-time coordinator, 2 days a week.'],
      ['influence', 'We will encourage our suppliers to offer placements.'],
      ['influence', 'Staff volunteering days with the local food bank.'],
      ['transparency', 'We will publish our results on our website every year.'],
      ['flow-down', 'Subcontractors will be bound by the same commitments in our subcontracts.'],
      ['kpis', 'We propose three KPIs with targets of 5 apprentices a year.'],
    ];
    for (const [id, t] of cases) expect(met(t, id, { largeContract: true }), `${id}: ${t}`).toBe(true);
    for (const id of ['resources', 'influence', 'transparency', 'flow-down', 'kpis'] as const) {
      expect(met('We will do our best for the community.', id, { largeContract: true }), id).toBe(false);
    }
  });

  it('KPIs apply only to contracts over £5m', () => {
    expect(check('KPIs.', 'kpis').applicable).toBe(false);
    expect(check('KPIs.', 'kpis', { largeContract: true }).applicable).toBe(true);
  });
});

describe('checklist coverage, past delivery below commitments (point 1, 2)', () => {
  it('past delivery adds less to coverage than a dated commitment', () => {
    expect(TIER_WEIGHT.supporting).toBeLessThan(TIER_WEIGHT.commitment);
    const base = 'We care about people.';
    const withPast = analyseEvidence(`${base} Last year we delivered a similar programme.`);
    const withDate = analyseEvidence(`${base} We will start by June 2027.`);
    const gain = (r: ReturnType<typeof analyseEvidence>) => r.coverage.share - analyseEvidence(base).coverage.share;
    expect(withPast.checks.find((c) => c.id === 'track-record')?.met).toBe(true);
    expect(withDate.checks.find((c) => c.id === 'timescales')?.met).toBe(true);
    expect(gain(withPast)).toBeGreaterThan(0);
    expect(gain(withPast)).toBeLessThan(gain(withDate));
  });

  it('is called checklist coverage, never a score', () => {
    const r = analyseEvidence('On this contract we will hire 10 care leavers by June 2027.');
    expect(coverageText(r.coverage)).toMatch(/^Checklist coverage: \d+ of \d+$/);
    expect(coverageText(r.coverage)).not.toMatch(/score|mark/i);
  });

  it('ticks as the text changes', () => {
    let text = 'We will help.';
    const first = analyseEvidence(text).coverage.met;
    text += ' On this contract we will hire 6 apprentices by March 2027.';
    const second = analyseEvidence(text).coverage.met;
    text += ' Our Social Value Manager will report quarterly against KPIs.';
    const third = analyseEvidence(text).coverage.met;
    expect(second).toBeGreaterThan(first);
    expect(third).toBeGreaterThan(second);
  });
});

describe('legal minimums and core deliverables offered as social value (M4, point 5)', () => {
  it('flags each with the statute or guidance, once', () => {
    const r = analyseEvidence(
      'We pay all our suppliers within 30 days and every worker the National Living Wage. We hold Cyber Essentials Plus, publish a Carbon Reduction Plan and a modern slavery statement, and the service meets WCAG 2.2 AA.',
    );
    const whys = r.notAdditional.map((n) => n.why).join(' ');
    expect(r.notAdditional).toHaveLength(6);
    expect(whys).toMatch(/s\.68/);
    expect(whys).toMatch(/PPN 006/);
    expect(whys).toMatch(/Modern Slavery Act 2015 s\.54/);
    expect(r.notAdditional[0]?.phrase).toMatch(/within 30 days/);
  });

  it('does not flag what goes beyond the minimum', () => {
    const r = analyseEvidence(
      'We pay SME subcontractors within 10 days and pay the real Living Wage, above the National Living Wage.',
    );
    expect(r.notAdditional).toEqual([]);
  });
});

describe('criteria for the reminders, from the classification', () => {
  it('gives codes and titles of the chosen model only, and they tick when the draft names them', async () => {
    const { criteriaForEvidence } = await import('../../lib/knowledge/models');
    const crit = criteriaForEvidence(['ppn002-1a', 'ppn0620-2.2', 'nope', 'ppn002-1c'], 'ppn-002');
    expect(crit.map((c) => c.code)).toEqual(['1a', '1c']);
    const r = analyseEvidence('1a: we will create 4 jobs. 1c: we pay the real Living Wage.', { criteria: crit });
    expect(r.checks.find((c) => c.id === 'criteria-named')?.met).toBe(true);
  });
});

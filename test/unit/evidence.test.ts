import { describe, expect, it } from 'vitest';
import { analyseEvidence, EVIDENCE_IDS, type EvidenceId } from '@/lib/reminders/answer';

const check = (text: string, id: EvidenceId, options?: Parameters<typeof analyseEvidence>[1]) => {
  const c = analyseEvidence(text, options).checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
};
const met = (text: string, id: EvidenceId, options?: Parameters<typeof analyseEvidence>[1]) =>
  check(text, id, options).met;

// Our own example drafts (invented organisations and people).
const STRONG = `On this contract we will create 8 apprenticeships and 4 paid work placements for care leavers and young
people living in Wrexham, within the first 12 months.
Our Social Value Manager, Priya Douglas, will own delivery and report progress quarterly to the buyer against agreed KPIs.
Phase 1 (Months 1-3): recruit through Coleg Cambria and Jobcentre Plus. Phase 2 (by March 2027): mentoring with
Wrexham Youth Trust.
Baseline: 46 people will work on this contract at the start.
Last year, on our contract with a neighbouring council, we delivered 11 apprenticeships.
A 0.5 FTE coordinator and a £20,000 budget are ring-fenced for this work. We will involve our staff through volunteering
days, and the same commitments go in all our subcontracts. We will publish results on our website each year.`;

const BOILERPLATE = `We are committed to social value and we take our responsibilities seriously. Our CSR policy applies
company-wide and we value diversity. As a responsible business we strive to make a difference where possible.`;

describe('analyseEvidence on whole drafts', () => {
  it('a strong answer meets most checks and has no generic phrases', () => {
    const r = analyseEvidence(STRONG, { needsBaseline: true, place: 'Wrexham' });
    expect(r.checks.map((c) => c.id)).toEqual([...EVIDENCE_IDS]);
    expect(r.checks.filter((c) => c.met).length).toBeGreaterThanOrEqual(13);
    expect(r.score).toBeGreaterThanOrEqual(0.9);
    expect(r.hedges).toEqual([]);
    expect(r.genericPhrases).toEqual([]);
  });

  it('a CSR-boilerplate answer meets few checks and lists its generic phrases', () => {
    const r = analyseEvidence(BOILERPLATE);
    expect(r.checks.filter((c) => c.met).length).toBeLessThanOrEqual(1);
    expect(r.score).toBeLessThan(0.2);
    expect(r.genericPhrases.map((p) => p.toLowerCase())).toEqual(
      expect.arrayContaining([
        'we are committed to',
        'we take our responsibilities seriously',
        'our csr policy',
        'company-wide',
        'we value diversity',
      ]),
    );
  });

  it('handles empty text', () => {
    const r = analyseEvidence('');
    expect(r.score).toBe(0);
    expect(r.genericPhrases).toEqual([]);
    expect(r.checks.every((c) => !c.met && c.found.length === 0)).toBe(true);
  });

  it('gives every check a label and our own guidance on what satisfies it', () => {
    for (const c of analyseEvidence('').checks) {
      expect(c.label.length).toBeGreaterThan(3);
      expect(c.toSatisfy.length).toBeGreaterThan(30);
    }
  });

  it('returns at most 3 snippets per check, as plain single-line text in text order', () => {
    const text = 'We will recruit 3 apprentices,\n4 trainees, 5 interns, 6 graduates and 7 volunteers.';
    const c = check(text, 'numbers');
    expect(c.found).toEqual(['3 apprentices', '4 trainees', '5 interns']);
    for (const s of check(STRONG, 'partners').found) expect(s).not.toMatch(/[\n<>]/);
  });

  it('tallies checklist coverage over applicable reminders, weighted by tier, leaving baseline out unless asked for', () => {
    const text = 'On this contract we will hire 10 local residents by June 2027.';
    const without = analyseEvidence(text);
    const withBaseline = analyseEvidence(text, { needsBaseline: true });
    expect(without.checks.find((c) => c.id === 'baseline')).toMatchObject({ applicable: false, met: false });
    const weight = { commitment: 2, approach: 1, supporting: 0.5 } as const;
    const share = (r: ReturnType<typeof analyseEvidence>) => {
      const app = r.checks.filter((c) => c.applicable);
      return (
        app.filter((c) => c.met).reduce((n, c) => n + weight[c.tier], 0) / app.reduce((n, c) => n + weight[c.tier], 0)
      );
    };
    expect(without.score).toBeCloseTo(share(without));
    expect(withBaseline.score).toBeCloseTo(share(withBaseline));
    expect(withBaseline.score).toBeLessThan(without.score);
    expect(without.coverage).toMatchObject({
      label: 'Checklist coverage',
      of: without.checks.filter((c) => c.applicable).length,
    });
  });
});

describe('numbers', () => {
  it('finds quantities with units, currency, percentages, FTE and carbon', () => {
    for (const t of [
      'We will employ 12 apprentices.',
      'We will invest £40,000 in the hub.',
      'A 25% share of spend goes to SMEs.',
      'We will add 3 FTE roles.',
      'We will save 15 tCO2e a year.',
      'Staff will give 200 hours.',
      'We will host twelve workshops.',
    ]) {
      expect(met(t, 'numbers'), t).toBe(true);
    }
    expect(check('We will employ 12 local young apprentices.', 'numbers').found).toEqual([
      '12 local young apprentices',
    ]);
    // A describing word that starts with a figure ("12-week") does not hide the quantity before it.
    expect(check('We will offer 6 paid 12-week placements.', 'numbers').found).toEqual(['6 paid 12-week placements']);
  });

  it('ignores bare years, list numbers, durations and "one of"', () => {
    for (const t of [
      'In 2026 staff will volunteer.',
      '1. Recruit\n2) Train',
      'We will start within 6 months.',
      'One of our staff will help.',
    ]) {
      expect(met(t, 'numbers'), t).toBe(false);
    }
  });
});

describe('timescales', () => {
  it('finds dates, durations, contract years, quarters and reporting rhythm', () => {
    for (const t of [
      'Done by March 2027.',
      'Within 6 months of award.',
      'In year one we start.',
      'Starts in Q2 2026.',
      'We report quarterly.',
      'Complete by 2027.',
      'Deadline 31/03/2027.',
      'In the first year.',
    ]) {
      expect(met(t, 'timescales'), t).toBe(true);
    }
  });

  it('does not treat vague time words as timescales', () => {
    for (const t of ['We will do this soon.', 'Over time we will grow.', 'We may help later.'])
      expect(met(t, 'timescales'), t).toBe(false);
  });
});

describe('owner', () => {
  it('finds roles, accountability and named people', () => {
    for (const t of [
      'Our Social Value Manager will track it.',
      'The Contract Director will sign off.',
      'Our Community Lead runs it.',
      'Sam Patel will lead the programme.',
      'The site manager is responsible for delivery.',
    ]) {
      expect(met(t, 'owner'), t).toBe(true);
    }
  });

  it('does not accept "lead" as a verb or unnamed teams', () => {
    for (const t of ['This will lead to better outcomes.', 'Staff will help where they can.'])
      expect(met(t, 'owner'), t).toBe(false);
  });
});

describe('monitoring', () => {
  it('finds KPIs, reporting, dashboards, audit, evidence and measurement', () => {
    for (const t of [
      'We agree KPIs.',
      'We report quarterly to the council.',
      'A shared dashboard.',
      'An annual audit.',
      'Each outcome is evidenced.',
      'We measure retention.',
    ]) {
      expect(met(t, 'monitoring'), t).toBe(true);
    }
  });

  it('is not met by a "track record" claim or plain intentions', () => {
    for (const t of ['We have a proven track record.', 'We will help people.'])
      expect(met(t, 'monitoring'), t).toBe(false);
  });
});

describe('cohort-place', () => {
  it('finds cohorts and regions', () => {
    for (const t of [
      'Places for care leavers.',
      'Roles for veterans.',
      'Support for disabled people.',
      'NEET young people aged 16-24.',
      'Jobs for local residents.',
      'Suppliers in the North West.',
      'Learners across Wales.',
    ]) {
      expect(met(t, 'cohort-place'), t).toBe(true);
    }
  });

  it('uses the buyer area from options.place as a whole word, case-insensitively', () => {
    expect(met('Jobs for people in rotherham.', 'cohort-place', { place: 'Rotherham' })).toBe(true);
    expect(check('Jobs in Rotherham.', 'cohort-place', { place: 'Rotherham' }).found).toEqual(['Rotherham']);
    expect(met('Jobs in Rotherhamshire.', 'cohort-place', { place: 'Rotherham' })).toBe(false);
    expect(met('Jobs in Rotherham.', 'cohort-place')).toBe(false);
  });

  it('is not met by everyone-in-general wording', () => {
    expect(met('We help everyone in society.', 'cohort-place')).toBe(false);
  });
});

describe('partners', () => {
  it('finds partner types and named partners', () => {
    for (const t of [
      'With a local charity.',
      'With the further education college.',
      'A social enterprise supplies it.',
      'Two VCSE groups.',
      'In partnership with Green Streets CIC.',
      'Mentoring from Harbour Youth Trust.',
      'Taught at Coleg Gwent.',
    ]) {
      expect(met(t, 'partners'), t).toBe(true);
    }
    expect(check('In partnership with Green Streets we plant trees.', 'partners').found).toEqual([
      'In partnership with Green Streets',
    ]);
  });

  it('is not met without any partner', () => {
    expect(met('Our own staff will deliver everything.', 'partners')).toBe(false);
  });
});

describe('track-record', () => {
  it('finds past delivery', () => {
    for (const t of [
      'On our contract with Northshire Council we delivered 9 placements.',
      'Last year we hired 5 apprentices.',
      'To date we have trained 40 people.',
      'We have delivered 300 hours.',
      'In 2024 we planted 500 trees.',
    ]) {
      expect(met(t, 'track-record'), t).toBe(true);
    }
  });

  it('is not met by promises or unproven claims', () => {
    for (const t of ['We will deliver 9 placements.', 'We have a proven track record.'])
      expect(met(t, 'track-record'), t).toBe(false);
  });
});

describe('contract-specific', () => {
  it('finds contract-specific wording', () => {
    for (const t of [
      'On this contract we will hire. On this contract we will also train.',
      'For the duration of the contract.',
      'A coordinator dedicated to this contract.',
      "This contract's workforce.",
      'The contract workforce.',
    ]) {
      expect(met(t, 'contract-specific'), t).toBe(true);
    }
  });

  it('is not met by company-wide wording', () => {
    for (const t of ['Across all our contracts we hire locally.', 'Our company supports charities.'])
      expect(met(t, 'contract-specific'), t).toBe(false);
  });
});

describe('baseline', () => {
  const opts = { needsBaseline: true };
  it('finds a stated starting figure', () => {
    for (const t of [
      'Baseline: 46 people.',
      'Our baseline is 12%.',
      '46 people will work on this contract.',
      'We currently employ 30 staff.',
      'Rising from 12% to 20%.',
      'The total number of people working on the contract will be 52.',
    ]) {
      expect(met(t, 'baseline', opts), t).toBe(true);
    }
  });

  it('is not met by a target alone, or a baseline without a figure', () => {
    for (const t of ['We will hire 12 apprentices.', 'We will set a baseline later.'])
      expect(met(t, 'baseline', opts), t).toBe(false);
  });

  it('is not applicable unless the question asks for it', () => {
    expect(check('Baseline: 46 people.', 'baseline')).toMatchObject({ applicable: false, met: false, found: [] });
  });
});

describe('method-plan', () => {
  it('finds phases, milestones, plans and timed lines', () => {
    for (const t of [
      'Phase 1 recruits.',
      'Key milestones follow.',
      'Our project plan shows it.',
      'Month 1: recruit.',
      'Firstly we will advertise.',
      'A timeline is attached.',
      'Mobilisation starts it.',
    ]) {
      expect(met(t, 'method-plan'), t).toBe(true);
    }
  });

  it('is not met by a bare promise', () => {
    expect(met('We will take steps to help.', 'method-plan')).toBe(false);
  });
});

describe('generic phrases', () => {
  it('lists each generic phrase once, in text order', () => {
    const r = analyseEvidence('We are committed to X. We are committed to Y. We pride ourselves on Z.');
    expect(r.genericPhrases).toEqual(['We are committed to', 'We pride ourselves']);
  });

  it('finds none in specific text', () => {
    expect(analyseEvidence('We will hire 4 care leavers by May 2027 and report quarterly.').genericPhrases).toEqual([]);
  });
});

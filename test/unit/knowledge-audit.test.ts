import { describe, expect, it } from 'vitest';
import { classifyQuestion } from '../../lib/classifier/index';
import { getModel } from '../../lib/knowledge/models';
import { SCOTLAND_CB_RULE, SCOTLAND_FACTS } from '../../lib/knowledge/scotland';
import { SRC } from '../../lib/knowledge/sources';
import { validateKnowledge } from '../../lib/knowledge/validate';
import { WALES_FACTS, WALES_GOALS } from '../../lib/knowledge/wales';

describe('knowledge against the audit (issue 11)', () => {
  it('L2: the 33 standard reporting metrics are for the whole model, not Outcome 1', () => {
    const metric = getCriterion('ppn002-1a')?.metrics.find((m) => /Standard Reporting Metrics/.test(m.label));
    expect(metric?.label).toMatch(/33 across the whole model/);
    expect(metric?.verification).toBe('unconfirmed');
  });

  it('L5: the PPN 002 note carries its own title (central government contracts, HTML)', () => {
    expect(SRC.ppn002Note.document).toBe(
      'PPN 002: Taking account of social value in the award of central government contracts (HTML)',
    );
  });

  it('M8: "globally responsible Wales" maps to goal 7, not goal 2', () => {
    const c = classifyQuestion('How will your offer help a globally responsible Wales?');
    expect(c.nativeId).toBe('wales-goal-7');
  });
  it('L3: goal 5 and goal 7 summaries follow the Act', () => {
    expect(WALES_GOALS.find((g) => g.id === 'wales-goal-5')?.summary).toMatch(
      /Attractive, viable, safe and well-connected/,
    );
    expect(WALES_GOALS.find((g) => g.id === 'wales-goal-7')?.summary).not.toMatch(/supply chains/);
  });
  it('M7: the SPPP (Wales) Act 2023 duty and the five ways of working are present and sourced', () => {
    expect(WALES_FACTS.map((f) => f.id)).toEqual(['wales-sppp-s24', 'wales-sppp-s25-26', 'wales-ways-of-working']);
    expect(WALES_FACTS[0]!.source.document).toMatch(/Social Partnership and Public Procurement \(Wales\) Act 2023/);
  });
  it('L6/M6: Scottish s.9 duty, s.25 reasons for none, regulated procurement, Fair Work First Nov 2024', () => {
    expect(SCOTLAND_CB_RULE.thresholdGbp).toBe(4_000_000);
    expect(SCOTLAND_FACTS.find((f) => f.id === 'scot-s25-reasons-for-none')?.summary).toMatch(
      /regulated procurement of £4m or more/,
    );
    expect(SCOTLAND_FACTS.map((f) => f.id)).toContain('scot-s9-sustainable-procurement');
    expect(SCOTLAND_FACTS.find((f) => f.id === 'scot-s25-reasons-for-none')?.summary).toMatch(
      /reasons for including none/,
    );
    expect(SCOTLAND_FACTS.find((f) => f.id === 'scot-fwf-2024')?.summary).toMatch(/fire and rehire/);
    expect(getModel('scotland-fair-work-first')?.inForce.note).toMatch(/grants/);
  });
  it('H1: PPN 026 is labelled reported, unverified and its sources are not called independent', () => {
    expect(getModel('ppn-026')?.summary).toMatch(/unverified/);
    expect(SRC.ppn026.via).toMatch(/share one origin/);
    expect(getModel('ppn-026')?.inForce.from).toBeUndefined();
  });
  it('the knowledge base still validates with the new facts', () => {
    expect(validateKnowledge()).toEqual([]);
  });
});

import { EVALUATOR_POINTS } from '../../lib/knowledge/evaluators';
import { getCriterion } from '../../lib/knowledge/models';

describe('evaluator points and legal minimums (issue 11)', () => {
  it('M3: influence and transparency apply under PPN 06/20 too', () => {
    for (const id of ['eval-influence', 'eval-transparency'])
      expect(EVALUATOR_POINTS.find((p) => p.id === id)?.appliesTo).toContain('ppn-06-20');
  });
  it('M4: 30-day payment is not offered as social value in MAC 3.1/3.4', () => {
    for (const id of ['ppn0620-3.1', 'ppn0620-3.4']) {
      const c = getCriterion(id)!;
      expect(c.lookFor.join(' ')).toMatch(/s\.68/);
    }
    expect(EVALUATOR_POINTS.find((p) => p.id === 'eval-additionality')?.summary).toMatch(/National Living Wage/);
  });
});

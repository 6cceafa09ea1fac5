import { describe, expect, it } from 'vitest';
import { decideModel } from '../../lib/classifier/model';
import {
  MODEL_IDS,
  PPN0620_CRITERION_IDS,
  PPN0620_OUTCOME_IDS,
  PPN002_CRITERION_IDS,
  PPN002_MISSION_IDS,
  PPN002_OUTCOME_IDS,
  PPN026_CRITERION_IDS,
  PPN026_OUTCOME_IDS,
  SCOT_CB_IDS,
  SCOT_FWF_IDS,
  THEME_IDS,
  WALES_GOAL_IDS,
} from '../../lib/knowledge/ids';
import { EVALUATOR_POINTS } from '../../lib/knowledge/evaluators';
import {
  CRITERIA,
  FRAMEWORK_ITEMS,
  KNOWLEDGE_VERSION,
  MISSIONS,
  MODELS,
  OUTCOMES,
  THEMES,
  criteriaForOutcome,
  formatSource,
  getCriterion,
  getModel,
  getOutcome,
  getTheme,
  nearestTheme,
} from '../../lib/knowledge/models';
import { PPN0620_CRITERIA, PPN0620_OUTCOMES, PPN0620_THEMES } from '../../lib/knowledge/ppn-06-20';
import { PPN002_CRITERIA, PPN002_OUTCOMES } from '../../lib/knowledge/ppn-002';
import {
  PPN026_CRITERIA,
  PPN026_OUTCOMES,
  PPN026_RULES,
  ppn026Applies,
  ppn026MinimumWeighting,
} from '../../lib/knowledge/ppn-026';
import { CriterionSchema, OutcomeSchema, SourceSchema, ThemeSchema } from '../../lib/knowledge/schema';
import { SCOTLAND_CB_RULE, SCOTLAND_COMMUNITY_BENEFITS, SCOTLAND_FAIR_WORK_FIRST } from '../../lib/knowledge/scotland';
import { TOMS } from '../../lib/knowledge/toms';
import { KNOWLEDGE_BUNDLE, allIds, validateKnowledge } from '../../lib/knowledge/validate';
import { WALES_GOALS } from '../../lib/knowledge/wales';

const themeSet = new Set<string>(THEME_IDS);
const ids = (list: readonly { id: string }[]) => list.map((i) => i.id);

describe('knowledge base schemas', () => {
  it('validates cleanly as a whole', () => {
    expect(validateKnowledge()).toEqual([]);
  });

  it('reports a schema failure, a broken reference and a duplicate id', () => {
    const first = PPN0620_CRITERIA[0]!;
    const broken = {
      ...KNOWLEDGE_BUNDLE,
      criteria: [
        ...KNOWLEDGE_BUNDLE.criteria,
        { ...first, lookFor: ['only one'] },
        { ...PPN0620_CRITERIA[1]!, id: 'ppn0620-2.1', outcomeId: 'ppn0620-o2', code: '1.2' },
      ],
    };
    const problems = validateKnowledge(broken).join('\n');
    expect(problems).toMatch(/criterion\[\d+\] ppn0620-1\.1: lookFor/);
    expect(problems).toContain('duplicate id ppn0620-1.1');
    expect(problems).toContain('ppn0620-2.1: MAC 1.2 does not match outcome 2');
  });

  it('rejects items without a source date or with an unknown verification tag', () => {
    expect(ThemeSchema.safeParse({ ...PPN0620_THEMES[0], verification: 'maybe' }).success).toBe(false);
    expect(SourceSchema.safeParse({ document: 'X', date: '3 Dec 2020' }).success).toBe(false);
    expect(SourceSchema.safeParse({ document: 'X', date: '2020-12-03', section: 'Theme 2' }).success).toBe(true);
  });

  it('requires a baseline note when a baseline is needed, and a gap topic exactly on gap outcomes', () => {
    const withBaseline = CRITERIA.find((c) => c.needsBaseline)!;
    const { baselineNote: _omit, ...noNote } = withBaseline;
    expect(CriterionSchema.safeParse(noNote).success).toBe(false);
    const gap = PPN002_OUTCOMES.find((o) => o.isGap)!;
    expect(OutcomeSchema.safeParse({ ...gap, isGap: false }).success).toBe(false);
  });

  it('has unique ids across the whole knowledge base', () => {
    const all = allIds();
    expect(all.length).toBeGreaterThan(100);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('PPN 06/20', () => {
  it('has exactly 5 themes, 8 outcomes and 23 MACs, matching ids.ts', () => {
    expect(ids(PPN0620_THEMES)).toEqual([...THEME_IDS]);
    expect(ids(PPN0620_OUTCOMES)).toEqual([...PPN0620_OUTCOME_IDS]);
    expect(ids(PPN0620_CRITERIA)).toEqual([...PPN0620_CRITERION_IDS]);
    expect(PPN0620_CRITERIA).toHaveLength(23);
  });

  it('puts every criterion under an existing outcome and theme, with the MAC digit equal to the outcome number', () => {
    for (const c of PPN0620_CRITERIA) {
      const outcome = getOutcome(c.outcomeId);
      expect(outcome, c.id).toBeDefined();
      expect(getTheme(c.themeId!), c.id).toBeDefined();
      expect(c.themeId, c.id).toBe(outcome!.themeId);
      expect(Number(c.code.split('.')[0]), c.id).toBe(outcome!.number);
      expect(c.id).toBe(`ppn0620-${c.code}`);
    }
  });

  it('maps MAC 3.x to Theme 2 and 4.x to Theme 3 (outcome number is not the theme number)', () => {
    expect(getCriterion('ppn0620-3.5')?.themeId).toBe('economic-inequality');
    expect(getCriterion('ppn0620-4.1')?.themeId).toBe('climate');
    expect(getCriterion('ppn0620-6.3')?.themeId).toBe('equal-opportunity');
  });

  it('marks every reporting metric unconfirmed, since the metric list is unconfirmed', () => {
    const metrics = PPN0620_CRITERIA.flatMap((c) => c.metrics);
    expect(metrics.length).toBeGreaterThan(23);
    expect(metrics.every((m) => m.verification === 'unconfirmed')).toBe(true);
  });

  it('gives 3-5 look-for points per criterion and flags baselines for workforce-composition and carbon criteria', () => {
    for (const c of PPN0620_CRITERIA) expect(c.lookFor.length, c.id).toBeGreaterThanOrEqual(3);
    expect(getCriterion('ppn0620-5.1')?.needsBaseline).toBe(true);
    expect(getCriterion('ppn0620-4.1')?.needsBaseline).toBe(true);
    expect(getCriterion('ppn0620-2.1')?.needsBaseline).toBe(false);
  });
});

describe('PPN 002, PPN 026 and devolved frameworks', () => {
  it('has 5 missions, 8 outcomes (1 verified, 2-4 and 6-8 titled from G-Cloud 15 as secondary, 5 a gap: H3), and MACs 1a-1e with 1e secondary (M13)', () => {
    expect(ids(MISSIONS)).toEqual([...PPN002_MISSION_IDS]);
    expect(ids(PPN002_OUTCOMES)).toEqual([...PPN002_OUTCOME_IDS]);
    expect(PPN002_OUTCOMES.filter((o) => o.isGap).map((o) => o.id)).toEqual(['ppn002-o5']);
    expect(PPN002_OUTCOMES.filter((o) => o.verification === 'secondary').map((o) => o.number)).toEqual([
      2, 3, 4, 6, 7, 8,
    ]);
    expect(PPN002_OUTCOMES.find((o) => o.id === 'ppn002-o6')?.title).toBe('Employment and training');
    expect(MISSIONS[0]?.title).toBe('Kick start economic growth'); // L1
    for (const o of PPN002_OUTCOMES.filter((x) => x.isGap)) {
      expect(o.verification, o.id).toBe('unconfirmed');
      expect(o.gapTopic?.verification, o.id).toBe('unconfirmed');
    }
    expect(ids(PPN002_CRITERIA)).toEqual([...PPN002_CRITERION_IDS]);
    // M13: 1e firmed up to modern slavery from G-Cloud 15 (secondary), with the PPN 009 double-counting warning.
    expect(getCriterion('ppn002-1e')?.verification).toBe('secondary');
    expect(getCriterion('ppn002-1e')?.title).toMatch(/modern slavery/);
    expect(getCriterion('ppn002-1e')?.source.document).toMatch(/G-Cloud 15/);
    expect(getCriterion('ppn002-1e')?.lookFor.join(' ')).toMatch(/PPN 009/);
    expect(getCriterion('ppn002-1a')?.verification).toBe('verified');
    expect(criteriaForOutcome('ppn002-o1').map((c) => c.code)).toEqual(['1a', '1b', '1c', '1d', '1e']);
    expect(criteriaForOutcome('ppn002-o4')).toEqual([]);
  });

  it('has the two PPN 026 outcomes and six criteria, none marked verified', () => {
    expect(ids(PPN026_OUTCOMES)).toEqual([...PPN026_OUTCOME_IDS]);
    expect(ids(PPN026_CRITERIA)).toEqual([...PPN026_CRITERION_IDS]);
    for (const item of [...PPN026_OUTCOMES, ...PPN026_CRITERIA]) expect(item.verification).not.toBe('verified');
    expect(criteriaForOutcome('ppn026-skills').map((c) => c.id)).toEqual([
      'ppn026-training',
      'ppn026-progression',
      'ppn026-talent-pipeline',
    ]);
  });

  it('applies the reported PPN 026 scope and weighting rule', () => {
    expect(PPN026_RULES.commencedOnOrAfter).toBe('2027-01-01');
    expect(ppn026Applies('2027-01-01', 1_000_000)).toBe(true);
    expect(ppn026Applies('2026-12-31', 9_000_000)).toBe(false);
    expect(ppn026Applies('2027-03-01', 999_999)).toBe(false);
    expect(ppn026MinimumWeighting(999_999)).toBeUndefined();
    expect(ppn026MinimumWeighting(1_000_000)).toBe(10);
    expect(ppn026MinimumWeighting(4_999_999)).toBe(10);
    expect(ppn026MinimumWeighting(5_000_000)).toBe(20);
    expect(ppn026MinimumWeighting(Number.NaN)).toBeUndefined();
  });

  it('has the Scottish and Welsh items from ids.ts and the s.25 £4m threshold', () => {
    expect(ids(SCOTLAND_COMMUNITY_BENEFITS)).toEqual([...SCOT_CB_IDS]);
    expect(ids(SCOTLAND_FAIR_WORK_FIRST)).toEqual([...SCOT_FWF_IDS]);
    expect(ids(WALES_GOALS)).toEqual([...WALES_GOAL_IDS]);
    expect(SCOTLAND_CB_RULE.thresholdGbp).toBe(4_000_000);
  });

  it('gives every PPN 002, PPN 026, Scottish and Welsh item a nearestTheme that is a THEME_ID', () => {
    const items = [
      ...MISSIONS,
      ...PPN002_OUTCOMES,
      ...PPN002_CRITERIA,
      ...PPN026_OUTCOMES,
      ...PPN026_CRITERIA,
      ...FRAMEWORK_ITEMS,
    ];
    expect(items).toHaveLength(5 + 8 + 5 + 2 + 6 + 3 + 9 + 7);
    for (const item of items) {
      expect(themeSet.has(item.nearestTheme), item.id).toBe(true);
      expect(nearestTheme(item.id), item.id).toBe(item.nearestTheme);
    }
  });
});

describe('registry and lookups', () => {
  it('lists every model id once, with a source and verification', () => {
    expect(ids(MODELS).sort()).toEqual([...MODEL_IDS].sort());
    expect(getModel('ppn-026')?.verification).toBe('secondary');
    expect(KNOWLEDGE_VERSION).toMatch(/\S/);
  });

  it('finds items by id and returns undefined for unknown ids', () => {
    expect(getCriterion('ppn0620-2.2')?.title).toBeTruthy();
    expect(getOutcome('ppn002-o1')?.title).toBe('Fair work');
    expect(getTheme('climate')?.number).toBe(3);
    for (const unknown of ['', 'ppn0620-9.9', 'ppn002-1f', 'climate ', 'toString', '__proto__']) {
      expect(getCriterion(unknown)).toBeUndefined();
      expect(getOutcome(unknown)).toBeUndefined();
      expect(getTheme(unknown)).toBeUndefined();
      expect(getModel(unknown)).toBeUndefined();
      expect(nearestTheme(unknown)).toBeUndefined();
      expect(criteriaForOutcome(unknown)).toEqual([]);
    }
    expect(getTheme('ppn0620-o1')).toBeUndefined(); // an outcome id is not a theme
  });

  it('resolves the nearest theme for themes, 2020 outcomes and criteria', () => {
    expect(nearestTheme('wellbeing')).toBe('wellbeing');
    expect(nearestTheme('ppn0620-o3')).toBe('economic-inequality');
    expect(nearestTheme('ppn0620-5.2')).toBe('equal-opportunity');
    expect(nearestTheme('ppn002-m2')).toBe('climate');
    expect(nearestTheme('ppn-002')).toBeUndefined();
  });

  it('picks the central-government model for a procurement start date as the checker does (decideModel)', () => {
    expect(decideModel('x', { procurementDate: '2022-06-01' }).model).toBe('ppn-06-20');
    expect(decideModel('x', { procurementDate: '2025-05-01' }).model).toBe('ppn-002');
    // M1: a call-off under a PCR 2015 framework stays on PPN 06/20 after 24 Feb 2025.
    expect(decideModel('x', { procurementDate: '2025-10-01', framework: 'DOS6' }).model).toBe('ppn-06-20');
    // H1: never PPN 026 from a date.
    expect(decideModel('x', { procurementDate: '2027-01-01' }).model).toBe('ppn-002');
  });

  it('formats citations with document, date, section and secondary source', () => {
    const c = formatSource(getCriterion('ppn0620-2.2')!.source);
    expect(c).toContain('Social Value Model');
    expect(c).toContain('2020-12-03');
    expect(c).toContain('MAC 2.2');
    expect(c).toMatch(/\(via .+\)$/);
  });
});

describe('content rules', () => {
  const shipped = JSON.stringify([KNOWLEDGE_BUNDLE, EVALUATOR_POINTS]);

  it('ships no TOMs measures, measure ids or proxy values', () => {
    expect(shipped).not.toMatch(/\bNT\d+\b/);
    expect(shipped).not.toMatch(/\b(RE|FM|ECC)\d+\b/);
    expect(shipped).not.toMatch(/£\s?\d+(\.\d+)?\s*(per|\/)\s*(hour|day)/i);
    expect(TOMS.licence).toBe('CC BY-NC-ND 4.0');
    expect(TOMS.userMessage).toContain("buyer's documents");
    expect(Object.keys(TOMS)).not.toContain('measures');
  });

  it('covers the evaluator points common to both models', () => {
    const idsShown = ids(EVALUATOR_POINTS);
    for (const id of [
      'eval-smart-commitment',
      'eval-method-and-plan',
      'eval-contract-specific',
      'eval-who-benefits',
      'eval-monitoring-reporting',
      'eval-baseline',
    ]) {
      expect(idsShown).toContain(id);
    }
    for (const p of EVALUATOR_POINTS) expect(p.source.document.length).toBeGreaterThan(0);
  });

  it('does not present the unconfirmed model question wording or a scoring scale as official', () => {
    expect(shipped).not.toMatch(/commitment your organisation will make/i);
    expect(shipped).not.toMatch(/specific, measurable and time bound commitment/i);
    expect(shipped).not.toMatch(/0\s*-\s*100/);
  });

  it('keeps every summary short', () => {
    const items = [...THEMES, ...OUTCOMES, ...CRITERIA, ...MISSIONS, ...FRAMEWORK_ITEMS];
    for (const i of items) expect(i.summary.length, i.id).toBeLessThanOrEqual(600);
  });
});

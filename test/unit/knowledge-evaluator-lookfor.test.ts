import { describe, expect, it } from 'vitest';
import { evaluatorLookFor, HEDGE_LABEL } from '../../lib/knowledge/evaluators';
import { CATEGORY_IDS, MODEL_IDS } from '../../lib/knowledge/ids';
import { SourceSchema } from '../../lib/knowledge/schema';
import { TECH_EXAMPLES, techExamplesFor, techExamplesForCriterion } from '../../lib/knowledge/tech-examples';

describe('what evaluators look for, per model, hedged where only secondary', () => {
  it('hedges every secondary or unconfirmed point and never a verified one', () => {
    for (const model of MODEL_IDS) {
      for (const p of evaluatorLookFor(model)) {
        if (p.verification === 'verified') expect(p.hedge, `${model} ${p.id}`).toBeNull();
        else expect(p.hedge, `${model} ${p.id}`).toBeTruthy();
        expect(p.citation.length).toBeGreaterThan(10);
      }
    }
    expect(HEDGE_LABEL.secondary).toMatch(/secondary/i);
  });

  it('central models get influence, transparency, additionality and KPI realism', () => {
    for (const model of ['ppn-06-20', 'ppn-002'] as const) {
      const ids = evaluatorLookFor(model).map((p) => p.id);
      expect(ids).toEqual(
        expect.arrayContaining(['eval-influence', 'eval-transparency', 'eval-additionality', 'eval-realism-kpis']),
      );
    }
    expect(evaluatorLookFor('ppn-06-20').map((p) => p.id)).not.toContain('eval-baseline');
  });

  it('PPN 026 points are all hedged as a reported, unverified model', () => {
    const pts = evaluatorLookFor('ppn-026');
    expect(pts.length).toBeGreaterThan(0);
    for (const p of pts) expect(p.hedge).toBe('Reported model, unverified');
  });

  it('Wales gets the five ways of working and the SPPP duty; Scotland the s.9 duty; general points hedged as ours', () => {
    const wales = evaluatorLookFor('wales-wellbeing-goals');
    expect(wales.map((p) => p.id)).toEqual(
      expect.arrayContaining(['wales-ways-of-working', 'wales-sppp-s24', 'eval-contract-specific']),
    );
    expect(wales.find((p) => p.id === 'eval-contract-specific')?.hedge).toBe(HEDGE_LABEL.unconfirmed);
    expect(wales.find((p) => p.id === 'wales-sppp-s24')?.hedge).toBeNull();
    expect(evaluatorLookFor('scotland-community-benefits').map((p) => p.id)).toContain(
      'scot-s9-sustainable-procurement',
    );
  });
});

describe('technology examples per category (issue 11)', () => {
  it('every category has concrete examples with a valid source and verification, and a core-delivery caution', () => {
    for (const c of CATEGORY_IDS) {
      const t = techExamplesFor(c);
      expect(t.category).toBe(c);
      expect(t.examples.length).toBeGreaterThanOrEqual(3);
      expect(t.caution).toMatch(/core|contract itself|requirements|licence buys/i);
      for (const e of t.examples) {
        expect(SourceSchema.safeParse(e.source).success, e.text).toBe(true);
        expect(['secondary', 'unconfirmed']).toContain(e.verification);
        expect(e.text.length).toBeLessThanOrEqual(240);
      }
    }
  });

  it('labels our own suggestions as unconfirmed and the techUK point as secondary', () => {
    const cloud = TECH_EXAMPLES.cloud.examples;
    expect(cloud.find((e) => /headcount/.test(e.text))?.verification).toBe('secondary');
    expect(TECH_EXAMPLES.software.examples.every((e) => e.verification === 'unconfirmed')).toBe(true);
  });

  it('digital specialists are warned that user research, accessibility and security are core delivery', () => {
    expect(techExamplesFor('digital-services').caution).toMatch(/user research.*accessibility.*security/i);
  });

  it('finds examples by the criterion they answer', () => {
    expect(techExamplesForCriterion('hardware', '4.1').length).toBeGreaterThan(0);
    expect(techExamplesForCriterion('hardware', '8.1')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, CRITERION_IDS, type CategoryId, type CriterionId } from '../../lib/knowledge/ids';
import {
  CATEGORIES,
  OVERRIDE_NO_REASON,
  RATINGS,
  RELEVANCE_MATRIX,
  RELEVANCE_PROVENANCE,
  RelevanceOverrideSchema,
  RelevanceOverridesSchema,
  isValidOverride,
  parseRelevanceOverrides,
  relevanceFor,
  relevanceForCategory,
  whatItMeans,
  type RelevanceOverrides,
} from '../../lib/knowledge/relevance';

describe('category relevance matrix', () => {
  it('rates every category x criterion with a valid rating and a non-empty reason', () => {
    let cells = 0;
    for (const category of CATEGORY_IDS) {
      for (const criterionId of CRITERION_IDS) {
        const r = relevanceFor(category, criterionId);
        expect(RATINGS).toContain(r.rating);
        expect(r.reason.trim().length, `${category} x ${criterionId}`).toBeGreaterThan(20);
        expect(r.reason.length).toBeLessThanOrEqual(200);
        expect(r.source).toBe('ours');
        cells += 1;
      }
    }
    expect(cells).toBe(CATEGORY_IDS.length * CRITERION_IDS.length);
    expect(Object.keys(RELEVANCE_MATRIX).sort()).toEqual([...CRITERION_IDS].sort());
  });

  it('gives category-specific reasons: no reason is reused across categories for the same criterion', () => {
    for (const criterionId of CRITERION_IDS) {
      const reasons = CATEGORY_IDS.map((c) => relevanceFor(c, criterionId).reason);
      expect(new Set(reasons).size, criterionId).toBe(reasons.length);
    }
  });

  it('reflects the kind of work: carbon matters for cloud, local jobs have little lever for hardware', () => {
    expect(relevanceFor('cloud', 'ppn0620-4.1').rating).toBe('high');
    expect(relevanceFor('cloud', 'ppn0620-4.1').reason).toMatch(/energy|carbon/i);
    expect(relevanceFor('hardware', 'ppn0620-2.2').rating).toBe('low');
    expect(relevanceFor('hardware', 'ppn0620-6.3').rating).toBe('high');
    expect(relevanceFor('managed-services', 'ppn002-1a').rating).toBe('high');
    expect(relevanceFor('digital-services', 'ppn0620-8.1').rating).toBe('medium');
  });

  it('uses all three ratings and does not rate everything the same for any category', () => {
    for (const category of CATEGORY_IDS) {
      const ratings = new Set(CRITERION_IDS.map((id) => relevanceFor(category, id).rating));
      expect(ratings.size, category).toBeGreaterThanOrEqual(2);
    }
    const all = new Set(CATEGORY_IDS.flatMap((c) => CRITERION_IDS.map((id) => relevanceFor(c, id).rating)));
    expect([...all].sort()).toEqual(['high', 'low', 'medium']);
  });

  it('is labelled as our own assessment, not the techUK/Cabinet Office matrix', () => {
    expect(RELEVANCE_PROVENANCE.label).toMatch(/own assessment/);
    expect(RELEVANCE_PROVENANCE.label).toMatch(/not the techUK\/Cabinet Office matrix/);
    expect(RELEVANCE_PROVENANCE.verification).toBe('unconfirmed');
  });

  it('throws for ids that are not in ids.ts', () => {
    expect(() => relevanceFor('quantum' as CategoryId, 'ppn0620-1.1')).toThrow(RangeError);
    expect(() => relevanceFor('cloud', 'ppn0620-9.9' as CriterionId)).toThrow(RangeError);
    expect(() => relevanceFor('cloud', 'toString' as CriterionId)).toThrow(RangeError);
  });
});

describe('overrides', () => {
  it('applies a team override, keeping our rating for comparison', () => {
    const overrides: RelevanceOverrides = {
      cloud: { 'ppn0620-2.2': { rating: 'high', reason: 'We run a regional data centre with apprentices.' } },
    };
    const r = relevanceFor('cloud', 'ppn0620-2.2', overrides);
    expect(r).toMatchObject({
      rating: 'high',
      reason: 'We run a regional data centre with apprentices.',
      source: 'override',
    });
    expect(r.ours?.rating).toBe('low');
    // other cells are untouched
    expect(relevanceFor('cloud', 'ppn0620-2.3', overrides).source).toBe('ours');
    expect(relevanceFor('software', 'ppn0620-2.2', overrides).source).toBe('ours');
  });

  it('uses a fallback reason when the override gives none', () => {
    const r = relevanceFor('hardware', 'ppn0620-4.1', { hardware: { 'ppn0620-4.1': { rating: 'low' } } });
    expect(r.rating).toBe('low');
    expect(r.reason).toBe(OVERRIDE_NO_REASON);
  });

  it('accepts valid overrides and rejects malformed ones with a readable error', () => {
    expect(parseRelevanceOverrides({})).toEqual({ ok: true, overrides: {} });
    const good = parseRelevanceOverrides({ software: { 'ppn002-1c': { rating: 'medium', reason: '  Small team  ' } } });
    expect(good.ok && good.overrides.software?.['ppn002-1c']?.reason).toBe('Small team');

    const bad: unknown[] = [
      { software: { 'ppn0620-1.1': { rating: 'very high' } } }, // unknown rating
      { quantum: { 'ppn0620-1.1': { rating: 'high' } } }, // unknown category
      { software: { 'ppn0620-9.9': { rating: 'high' } } }, // unknown criterion
      { software: { 'ppn0620-1.1': { rating: 'high', reason: '' } } }, // empty reason
      { software: { 'ppn0620-1.1': { rating: 'high', colour: 'red' } } }, // unknown field
      { software: { 'ppn0620-1.1': 'high' } }, // wrong shape
      [],
      null,
    ];
    for (const input of bad) {
      const r = parseRelevanceOverrides(input);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/expected|Unrecognized|Invalid option|Too small/i); // readable English
    }
    expect(RelevanceOverridesSchema.safeParse(bad[0]).success).toBe(false);
  });

  it('ignores a malformed entry that reaches relevanceFor without parsing', () => {
    const sneaky = { cloud: { 'ppn0620-4.1': { rating: 'none' } } } as unknown as RelevanceOverrides;
    const r = relevanceFor('cloud', 'ppn0620-4.1', sneaky);
    expect(r.source).toBe('ours');
    expect(r.rating).toBe('high');
  });

  it('has a zod-free entry check that agrees with the zod entry schema', () => {
    const samples: unknown[] = [
      { rating: 'high' },
      { rating: 'low', reason: 'Fine' },
      { rating: 'medium', reason: '   ' },
      { rating: 'medium', reason: 'x'.repeat(201) },
      { rating: 'medium', reason: 'x'.repeat(200) },
      { rating: 'HIGH' },
      { rating: 'high', reason: 3 },
      { rating: 'high', extra: 1 },
      {},
      null,
      'high',
      ['high'],
      { reason: 'no rating' },
    ];
    for (const s of samples)
      expect(isValidOverride(s), JSON.stringify(s)).toBe(RelevanceOverrideSchema.safeParse(s).success);
  });

  it('lists a whole category in ids.ts order with overrides applied', () => {
    const list = relevanceForCategory('telecoms', { telecoms: { 'ppn026-fair-pay': { rating: 'low' } } });
    expect(list.map((r) => r.criterionId)).toEqual([...CRITERION_IDS]);
    expect(list.find((r) => r.criterionId === 'ppn026-fair-pay')?.source).toBe('override');
    expect(list.filter((r) => r.source === 'override')).toHaveLength(1);
  });
});

describe('categories and meanings', () => {
  it('describes every category once, in ids.ts order', () => {
    expect(CATEGORIES.map((c) => c.id)).toEqual([...CATEGORY_IDS]);
    for (const c of CATEGORIES) {
      expect(c.title.length).toBeGreaterThan(3);
      expect(c.description.length).toBeGreaterThan(20);
    }
  });

  it('explains each rating in one distinct sentence', () => {
    const sentences = RATINGS.map(whatItMeans);
    expect(new Set(sentences).size).toBe(3);
    for (const s of sentences) expect(s).toMatch(/^[A-Z][^.]*\.$/);
  });
});

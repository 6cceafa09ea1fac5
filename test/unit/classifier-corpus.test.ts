import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../lib/classifier/corpus-node';

describe('labelled corpus (test/corpus)', () => {
  const records = loadCorpus();
  it('every record passes the schema, and there are at least 400', () => {
    expect(records.length).toBeGreaterThanOrEqual(400);
  });
  it('ids and texts are unique', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(new Set(records.map((r) => r.text.trim().toLowerCase())).size).toBe(records.length);
  });
  it('has both classes and every primary theme among positives', () => {
    const pos = records.filter((r) => r.is_social_value);
    expect(pos.length).toBeGreaterThan(50);
    expect(records.length - pos.length).toBeGreaterThan(50);
    for (const t of ['tackling economic inequality', 'fighting climate change', 'equal opportunity', 'wellbeing']) {
      expect(pos.some((r) => r.theme_guess === t)).toBe(true);
    }
  });
  it('a secondary theme never repeats the primary', () => {
    const map: Record<string, string> = {
      'covid-19 recovery': 'covid-recovery',
      'tackling economic inequality': 'economic-inequality',
      'fighting climate change': 'climate',
      'equal opportunity': 'equal-opportunity',
      wellbeing: 'wellbeing',
    };
    for (const r of records) expect(r.secondary_themes).not.toContain(map[r.theme_guess]);
  });
});

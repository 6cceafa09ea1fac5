import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../../lib/classifier/corpus';
import { loadCorpus, loadCorpusFiles } from '../../lib/classifier/corpus-node';
import { parseSecond } from '../../scripts/agreement';

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
  it('the held-out file shares no text and no source group with the corpus the classifier trains on', () => {
    const heldOut = loadCorpusFiles('test/corpus/heldout').flatMap((f) => f.records);
    expect(heldOut.length).toBeGreaterThan(0);
    const texts = new Set(records.map((r) => r.text.trim().toLowerCase()));
    const groups = new Set(records.map((r) => r.group));
    expect(heldOut.filter((r) => texts.has(r.text.trim().toLowerCase())).map((r) => r.id)).toEqual([]);
    expect(heldOut.filter((r) => groups.has(r.group)).map((r) => r.id)).toEqual([]);
  });
  it('every doubly labelled record (test/corpus/agreement) names a corpus record', () => {
    const ids = new Set(records.map((r) => r.id));
    const files = readdirSync('test/corpus/agreement').filter((f) => f.endsWith('.jsonl'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) {
      const second = parseSecond(readFileSync(`test/corpus/agreement/${file}`, 'utf8'));
      expect(second.length, file).toBeGreaterThan(100);
      expect(
        second.filter((s) => !ids.has(s.id)).map((s) => s.id),
        file,
      ).toEqual([]);
    }
  });
  it("the batch scripts' jurisdictions (batch.py) are the schema's", () => {
    const line = /^JURISDICTIONS = \{([^}]*)\}/m.exec(readFileSync('test/corpus/batch.py', 'utf8'))?.[1] ?? '';
    const inScripts = [...line.matchAll(/'([^']+)'/g)].map((m) => m[1]);
    expect(inScripts.sort()).toEqual([...JURISDICTIONS].sort());
  });
});

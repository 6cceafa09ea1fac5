/** scripts/eval.ts --holdout: which files a value names, and that the held-out file is scored, never trained on. */
import { describe, expect, it } from 'vitest';
import { BLEND, classifyQuestion } from '../../lib/classifier/classify';
import { loadCorpusFiles } from '../../lib/classifier/corpus-node';
import { features } from '../../lib/classifier/learned';
import { holdOut, rates, resolveHoldout, tallyVerdicts } from '../../scripts/eval';

const FILES = ['dm-extra.jsonl', 'public-texts-6.jsonl', 'public-texts-7.jsonl', 'public-texts-8.jsonl'];

describe('resolveHoldout', () => {
  it('takes a path or a bare file name, comma lists and repeats, once each', () => {
    expect(resolveHoldout(['test/corpus/public-texts-8.jsonl'], FILES)).toEqual(['public-texts-8.jsonl']);
    expect(resolveHoldout(['public-texts-6.jsonl,public-texts-7.jsonl', 'public-texts-6.jsonl'], FILES)).toEqual([
      'public-texts-6.jsonl',
      'public-texts-7.jsonl',
    ]);
    expect(resolveHoldout(['C:\\corpus\\public-texts-7.jsonl'], FILES)).toEqual(['public-texts-7.jsonl']);
  });
  it('refuses a file that is not in the corpus, and an empty value', () => {
    expect(() => resolveHoldout(['test/corpus/public-texts-9.jsonl'], FILES)).toThrow(/not a file of test\/corpus/);
    expect(() => resolveHoldout([','], FILES)).toThrow(/needs a corpus file/);
    // --slice names files the same way, and its errors name the flag the user gave.
    expect(() => resolveHoldout(['nope.jsonl'], FILES, '--slice')).toThrow(/^--slice nope\.jsonl: not a file/);
  });
});

describe('tallyVerdicts (--slice and the floors of the records held before a batch)', () => {
  const records = loadCorpusFiles()
    .find((f) => f.file === 'public-texts-8.jsonl')!
    .records.slice(0, 4);
  it('counts each record once against its label, and refuses a record with no verdict', () => {
    const verdicts = new Map(records.map((r) => [r.id, classifyQuestion(r.text, { section: r.section ?? undefined })]));
    const t = tallyVerdicts(records, verdicts);
    const count = (sv: boolean, called: boolean) =>
      records.filter((r) => r.is_social_value === sv && verdicts.get(r.id)!.socialValue === called).length;
    expect([t.n, t.tp, t.fp, t.fn, t.tn]).toEqual([
      4,
      count(true, true),
      count(false, true),
      count(true, false),
      count(false, false),
    ]);
    expect(() => tallyVerdicts(records, new Map())).toThrow(/no verdict for/);
  });
});

describe('holdOut on the corpus', () => {
  const files = loadCorpusFiles();
  const held = files.find((f) => f.file === 'public-texts-8.jsonl')!;
  const total = files.reduce((n, f) => n + f.records.length, 0);
  const r = holdOut(files, ['public-texts-8.jsonl'], BLEND);
  it('scores exactly the held-out file and trains on all the others', () => {
    expect(r.all.n).toBe(held.records.length);
    expect(r.base.n).toBe(held.records.length);
    expect(r.trainN).toBe(total - held.records.length);
    expect(r.all.tp + r.all.fn).toBe(held.records.filter((x) => x.is_social_value).length);
  });
  it('names the source groups the held-out file shares with training', () => {
    expect(r.sharedGroups).toContain('torbay.gov.uk');
    for (const g of r.sharedGroups) expect(held.records.some((x) => x.group === g)).toBe(true);
  });
  it('scores with weights that never saw the held-out file: words only it has carry no weight', () => {
    const elsewhere = new Set(
      files.filter((f) => f !== held).flatMap((f) => f.records.flatMap((x) => features(x.text))),
    );
    const onlyHeld = [...new Set(held.records.flatMap((x) => features(x.text)))].filter((f) => !elsewhere.has(f));
    expect(onlyHeld.length).toBeGreaterThan(50);
    for (const f of onlyHeld) expect(r.weights.features[f]).toBeUndefined();
    // Trained on everything, some of those words do carry weight: the check above can fail.
    const withHeld = holdOut(files, ['dm-extra.jsonl'], BLEND).weights;
    expect(onlyHeld.some((f) => withHeld.features[f] !== undefined)).toBe(true);
  });
  it('counts the held-out records whose text a training record holds too (case and punctuation aside)', () => {
    const rec = (id: string, text: string) => ({ ...held.records[0]!, id, text, group: id });
    const small = [
      { file: 'a.jsonl', records: [rec('a1', 'Social Value: 20%'), rec('a2', 'Net zero by 2040')] },
      { file: 'b.jsonl', records: [rec('b1', 'social value 20 %'), rec('b2', 'Apprenticeships')] },
    ];
    expect(holdOut(small, ['a.jsonl'], BLEND).sharedTexts).toBe(1);
    expect(
      holdOut(
        small.slice(0, 1).concat([{ file: 'c.jsonl', records: [rec('c1', 'Apprenticeships')] }]),
        ['a.jsonl'],
        BLEND,
      ).sharedTexts,
    ).toBe(0);
  });
  it('reports rates of the held-out records: counts over the same records as the cue-only line', () => {
    const x = rates(r.all);
    expect(x.recall).toBe(r.all.tp / (r.all.tp + r.all.fn));
    expect(r.base.tp + r.base.fn).toBe(r.all.tp + r.all.fn);
  });
});

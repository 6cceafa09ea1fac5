/**
 * Evaluate the classifier on labelled records shaped like ../shared/corpus/dev.jsonl:
 *
 *   node_modules/.bin/tsx scripts/eval.ts FILE.jsonl        (npm run eval -- FILE)
 *   node_modules/.bin/tsx scripts/eval.ts --cv [--folds N]  (npm run eval -- --cv)
 *
 * --cv: grouped cross-validation on test/corpus (no source group in both training and test folds). The learned weights
 * are retrained on each fold's training part; the cue rules are fixed. Prints precision, recall, theme accuracy
 * (primary; primary-or-secondary), the same per source family, a cue-only baseline, and every record it gets wrong.
 *
 * Prints precision and recall of social value detection, theme accuracy on single-theme records (the corpus's
 * theme_guess labels mapped to THEME_IDS), a confusion table (expected label x predicted), limit agreement where a
 * record states limits and the text carries them, and every record it got wrong (id, expected, got, why). Exits 0.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { ThemeId } from '../lib/knowledge/ids';
import { classifyQuestion } from '../lib/classifier/index';
import { parseLimits } from '../lib/limits';
import { BLEND, classifyWith, type Blend } from '../lib/classifier/classify';
import type { CorpusRecord } from '../lib/classifier/corpus';
import { loadCorpus } from '../lib/classifier/corpus-node';
import { DEFAULT_TRAIN, trainWeights, type TrainOptions } from '../lib/classifier/train';

/** The corpus README's theme labels and what they mean in THEME_IDS. */
export const LABEL_TO_THEME: Record<string, ThemeId | 'multiple' | null> = {
  'covid-19 recovery': 'covid-recovery',
  'tackling economic inequality': 'economic-inequality',
  'fighting climate change': 'climate',
  'equal opportunity': 'equal-opportunity',
  wellbeing: 'wellbeing',
  'multiple themes': 'multiple',
  'not social value': null,
};

const recordSchema = z.object({
  id: z.string(),
  text: z.string(),
  is_social_value: z.boolean(),
  theme_guess: z.string().nullable().optional(),
  limit_words: z.number().nullable().optional(),
  limit_chars: z.number().nullable().optional(),
  weighting_percent: z.number().nullable().optional(),
});
type EvalRecord = z.infer<typeof recordSchema>;

export interface EvalResult {
  total: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  themeCorrect: number;
  themeTotal: number;
  themeAccuracy: number;
  confusion: Map<string, Map<string, number>>;
  wrong: { id: string; expected: string; got: string; why: string }[];
  skipped: string[];
}

export function evaluate(records: EvalRecord[]): EvalResult {
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0,
    themeCorrect = 0,
    themeTotal = 0;
  const confusion = new Map<string, Map<string, number>>();
  const wrong: EvalResult['wrong'] = [];
  for (const r of records) {
    const c = classifyQuestion(r.text);
    const expectedLabel = r.is_social_value ? (LABEL_TO_THEME[r.theme_guess ?? ''] ?? 'unlabelled') : 'not-sv';
    const gotLabel = c.socialValue ? (c.themeId ?? 'multiple') : 'not-sv';
    const row = confusion.get(expectedLabel) ?? new Map<string, number>();
    row.set(gotLabel, (row.get(gotLabel) ?? 0) + 1);
    confusion.set(expectedLabel, row);

    if (r.is_social_value && c.socialValue) tp++;
    else if (!r.is_social_value && c.socialValue) fp++;
    else if (r.is_social_value && !c.socialValue) fn++;
    else tn++;

    const expectedTheme = r.is_social_value ? LABEL_TO_THEME[r.theme_guess ?? ''] : undefined;
    const single = expectedTheme !== undefined && expectedTheme !== null && expectedTheme !== 'multiple';
    let themeWrong = false;
    if (single) {
      themeTotal++;
      if (c.socialValue && c.themeId === expectedTheme) themeCorrect++;
      else themeWrong = true;
    }
    if (c.socialValue !== r.is_social_value || themeWrong) {
      wrong.push({ id: r.id, expected: expectedLabel, got: gotLabel, why: c.why.join(' | ') || '(no cue)' });
    }
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return {
    total: records.length,
    tp,
    fp,
    fn,
    tn,
    precision,
    recall,
    themeCorrect,
    themeTotal,
    themeAccuracy: themeTotal === 0 ? 1 : themeCorrect / themeTotal,
    confusion,
    wrong,
    skipped: [],
  };
}

export function readRecords(content: string): { records: EvalRecord[]; skipped: string[] } {
  const records: EvalRecord[] = [];
  const skipped: string[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const parsed = recordSchema.safeParse(JSON.parse(line));
      if (parsed.success) records.push(parsed.data);
      else
        skipped.push(
          `line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
        );
    } catch (e) {
      skipped.push(`line ${i + 1}: not valid JSON (${(e as Error).message})`);
    }
  });
  return { records, skipped };
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function report(result: EvalResult, limitLine: string | null): string {
  const out: string[] = [];
  const f = (x: number) => x.toFixed(3);
  out.push(`records: ${result.total}`);
  out.push(
    `social value detection: precision ${f(result.precision)} recall ${f(result.recall)} (tp ${result.tp} fp ${result.fp} fn ${result.fn} tn ${result.tn})`,
  );
  out.push(
    `theme accuracy (single-theme records): ${f(result.themeAccuracy)} (${result.themeCorrect}/${result.themeTotal})`,
  );
  if (limitLine) out.push(limitLine);
  const cols = [
    'not-sv',
    'covid-recovery',
    'economic-inequality',
    'climate',
    'equal-opportunity',
    'wellbeing',
    'multiple',
  ];
  for (const row of result.confusion.values()) for (const k of row.keys()) if (!cols.includes(k)) cols.push(k);
  out.push('');
  out.push('confusion (rows expected, columns predicted):');
  const w = 20;
  out.push(pad('', w) + cols.map((c) => pad(c.slice(0, 11), 12)).join(''));
  for (const [expected, row] of [...result.confusion.entries()].sort()) {
    out.push(pad(expected, w) + cols.map((c) => pad(String(row.get(c) ?? 0), 12)).join(''));
  }
  out.push('');
  out.push(`wrong: ${result.wrong.length}`);
  for (const x of result.wrong) out.push(`  ${x.id}  expected ${x.expected}  got ${x.got}  why: ${x.why}`);
  for (const s of result.skipped) out.push(`  skipped ${s}`);
  return out.join('\n');
}

function limitAgreement(records: EvalRecord[]): string | null {
  let stated = 0,
    inText = 0,
    agree = 0;
  for (const r of records) {
    if (r.limit_words == null && r.limit_chars == null) continue;
    stated++;
    const l = parseLimits(r.text);
    if (l.words === null && l.chars === null) continue;
    inText++;
    if ((r.limit_words == null || l.words === r.limit_words) && (r.limit_chars == null || l.chars === r.limit_chars))
      agree++;
  }
  if (stated === 0) return null;
  return `limits: ${stated} records state a limit, ${inText} carry one in their text, ${agree} parsed the same`;
}

/** Groups to folds: biggest group first, each to the fold with fewest records so far (ties: lowest fold). */
export function assignFolds(records: readonly CorpusRecord[], k: number): Map<string, number> {
  const size = new Map<string, number>();
  for (const r of records) size.set(r.group, (size.get(r.group) ?? 0) + 1);
  const groups = [...size.keys()].sort((a, b) => size.get(b)! - size.get(a)! || (a < b ? -1 : 1));
  const load = new Array<number>(k).fill(0);
  const fold = new Map<string, number>();
  for (const g of groups) {
    let best = 0;
    for (let i = 1; i < k; i++) if (load[i]! < load[best]!) best = i;
    fold.set(g, best);
    load[best]! += size.get(g)!;
  }
  return fold;
}

interface Tally {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  th: number;
  thOk: number;
  thAny: number;
}
const newTally = (): Tally => ({ n: 0, tp: 0, fp: 0, fn: 0, tn: 0, th: 0, thOk: 0, thAny: 0 });

export function crossValidate(
  records: readonly CorpusRecord[],
  k: number,
  blend: Blend,
  train: TrainOptions = DEFAULT_TRAIN,
): {
  all: Tally;
  families: Map<string, Tally>;
  wrong: string[];
} {
  const folds = assignFolds(records, k);
  const all = newTally();
  const families = new Map<string, Tally>();
  const wrong: string[] = [];
  for (let f = 0; f < k; f++) {
    const trainSet = records.filter((r) => folds.get(r.group) !== f);
    const test = records.filter((r) => folds.get(r.group) === f);
    const weights = trainWeights(trainSet, train);
    for (const r of test) {
      const c = classifyWith(r.text, { section: r.section ?? undefined, hint: r.hint ?? undefined }, weights, blend);
      const fam = families.get(r.family) ?? newTally();
      families.set(r.family, fam);
      const expected = LABEL_TO_THEME[r.theme_guess];
      let bad = c.socialValue !== r.is_social_value;
      for (const t of [all, fam]) {
        t.n++;
        if (r.is_social_value && c.socialValue) t.tp++;
        else if (!r.is_social_value && c.socialValue) t.fp++;
        else if (r.is_social_value) t.fn++;
        else t.tn++;
      }
      if (r.is_social_value && expected && expected !== 'multiple') {
        const ok = c.socialValue && c.themeId === expected;
        const any = c.socialValue && (c.themeId === expected || c.secondaryThemeIds.includes(expected));
        for (const t of [all, fam]) {
          t.th++;
          if (ok) t.thOk++;
          if (any) t.thAny++;
        }
        if (!ok) bad = true;
      }
      if (bad) {
        const got = c.socialValue
          ? `sv/${c.themeId}${c.secondaryThemeIds.length ? `+${c.secondaryThemeIds.join(',')}` : ''}`
          : 'not-sv';
        const exp = r.is_social_value ? `sv/${expected}` : 'not-sv';
        wrong.push(
          `  [fold ${f}] ${r.id} (${r.family}) expected ${exp} got ${got}: ${r.text.slice(0, 110).replace(/\s+/g, ' ')}`,
        );
      }
    }
  }
  return { all, families, wrong };
}

function tallyLine(name: string, t: Tally): string {
  const p = t.tp + t.fp === 0 ? NaN : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? NaN : t.tp / (t.tp + t.fn);
  const f = (x: number) => (Number.isNaN(x) ? '   - ' : x.toFixed(3));
  const th = t.th === 0 ? NaN : t.thOk / t.th;
  const ta = t.th === 0 ? NaN : t.thAny / t.th;
  return `${pad(name, 26)}${pad(String(t.n), 6)}${pad(String(t.tp + t.fn), 6)}${pad(f(p), 10)}${pad(f(r), 10)}${pad(f(th), 10)}${f(ta)}`;
}

function cvMain(): void {
  const fi = process.argv.indexOf('--folds');
  const k = fi > 0 ? Number(process.argv[fi + 1]) : 5;
  const records = loadCorpus();
  const head = `${pad('', 26)}${pad('n', 6)}${pad('sv', 6)}${pad('prec', 10)}${pad('recall', 10)}${pad('theme', 10)}theme(any)`;
  const out: string[] = [
    `grouped ${k}-fold cross-validation on test/corpus: ${records.length} records, ${new Set(records.map((r) => r.group)).size} source groups`,
  ];
  const base = crossValidate(records, k, { svWeight: 0, svClamp: 0, svNegClamp: 0, svMargin: 0, themeWeight: 0 });
  const cv = crossValidate(records, k, BLEND);
  out.push(
    '',
    head,
    tallyLine('cues only (baseline)', base.all),
    tallyLine('cues + naive Bayes', cv.all),
    '',
    'by source family (cues + naive Bayes):',
    head,
  );
  for (const [fam, t] of [...cv.families.entries()].sort()) out.push(tallyLine(fam, t));
  out.push('', `wrong (${cv.wrong.length}):`, ...cv.wrong);
  process.stdout.write(`${out.join('\n')}\n`);
}

function main(): void {
  if (process.argv.includes('--cv')) {
    cvMain();
    return;
  }
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: eval.ts FILE.jsonl\n');
    process.exitCode = 2;
    return;
  }
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`cannot read ${file}: ${(e as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  const { records, skipped } = readRecords(content);
  const result = evaluate(records);
  result.skipped = skipped;
  process.stdout.write(`${report(result, limitAgreement(records))}\n`);
}

if (process.argv[1] !== undefined && /eval\.ts$/.test(process.argv[1])) main();

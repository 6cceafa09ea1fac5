/**
 * Evaluate the classifier on labelled records shaped like ../shared/corpus/dev.jsonl:
 *
 *   node_modules/.bin/tsx scripts/eval.ts FILE.jsonl        (npm run eval -- FILE)
 *   node_modules/.bin/tsx scripts/eval.ts --cv [--folds N] [--repeat N]  (npm run eval -- --cv)
 *   node_modules/.bin/tsx scripts/eval.ts --holdout FILE[,FILE...] [--holdout FILE] [--each]
 *                                          (npm run eval -- --holdout test/corpus/public-texts-8.jsonl)
 *   --cv and --holdout also take --train '{"alpha":0.5}' and --blend '{"svMargin":3}' (JSON over DEFAULT_TRAIN and
 *   BLEND) to reproduce the experiments in test/corpus/README.md.
 *
 * --cv: grouped cross-validation on test/corpus (no source group in both training and test folds). The learned weights
 * are retrained on each fold's training part; the cue rules are fixed. Prints precision, recall, theme accuracy
 * (primary; primary-or-secondary), the same per source family, a cue-only baseline, and every record it gets wrong.
 * --repeat N adds N more runs with other fold assignments and their mean (one new group can reshuffle every fold).
 *
 * --holdout: leave-batch-out. The learned weights are trained on every test/corpus file except the named one(s) and
 * the held-out records are scored (with their section and hint as context), next to the cue rules alone; with --each
 * each named file is held out in turn and the mean is printed. The cue rules are fixed and have seen every batch, so
 * this measures the learned part's contribution on texts its weights have not seen.
 *
 * FILE: the committed model (weights.json) on records outside the corpus, each with its `section` and `hint` as context
 * where it has them; this is how a new batch is scored blind before it joins test/corpus.
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
import { ASK_OPENING } from '../lib/classifier/cues';
import type { CorpusRecord } from '../lib/classifier/corpus';
import type { Classification } from '../lib/classifier/types';
import { loadCorpusFiles } from '../lib/classifier/corpus-node';
import type { LearnedWeights } from '../lib/classifier/learned';
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
  section: z.string().nullable().optional(),
  hint: z.string().nullable().optional(),
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
  const t = newTally();
  const confusion = new Map<string, Map<string, number>>();
  const wrong: EvalResult['wrong'] = [];
  for (const r of records) {
    const c = classifyQuestion(r.text, { section: r.section ?? undefined, hint: r.hint ?? undefined });
    const expectedLabel = r.is_social_value ? (LABEL_TO_THEME[r.theme_guess ?? ''] ?? 'unlabelled') : 'not-sv';
    const gotLabel = c.socialValue ? (c.themeId ?? 'multiple') : 'not-sv';
    const row = confusion.get(expectedLabel) ?? new Map<string, number>();
    row.set(gotLabel, (row.get(gotLabel) ?? 0) + 1);
    confusion.set(expectedLabel, row);
    if (addVerdict([t], r.is_social_value, LABEL_TO_THEME[r.theme_guess ?? ''], c)) {
      wrong.push({ id: r.id, expected: expectedLabel, got: gotLabel, why: c.why.join(' | ') || '(no cue)' });
    }
  }
  return {
    total: records.length,
    tp: t.tp,
    fp: t.fp,
    fn: t.fn,
    tn: t.tn,
    precision: t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp),
    recall: t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn),
    themeCorrect: t.thOk,
    themeTotal: t.th,
    themeAccuracy: t.th === 0 ? 1 : t.thOk / t.th,
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

/** FNV-1a hash of a string (32 bits): a fixed, seeded order of groups for repeated cross-validation. */
function fnv1a(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** A text's words, case and punctuation aside: two records with the same key hold the same text. */
export const textKey = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Each group's cluster: groups that hold the same text (textKey) join one cluster, so that no text is in both the
 * training and the test folds. Such texts are short items that recur ("Social Value: 20%", "Apprenticeships;") and
 * pages held under two addresses. Returns group -> cluster name (the alphabetically first group in it).
 */
export function textClusters(records: readonly CorpusRecord[]): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (g: string): string => {
    let root = g;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let x = g; x !== root; ) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const byText = new Map<string, string>();
  for (const r of records) {
    if (!parent.has(r.group)) parent.set(r.group, r.group);
    const key = textKey(r.text);
    const other = byText.get(key);
    if (other === undefined) {
      byText.set(key, r.group);
      continue;
    }
    const a = find(other);
    const b = find(r.group);
    // The alphabetically first root stays the root (group names are strings: no Math.min).
    const [lo, hi] = a < b ? [a, b] : [b, a];
    if (lo !== hi) parent.set(hi, lo);
  }
  return new Map([...parent.keys()].map((g) => [g, find(g)]));
}

/**
 * Groups to folds: the clusters of groups that share a text (textClusters), each to the fold with fewest records so
 * far (ties: lowest fold). Seed 0: biggest cluster first (the reported CV). Seed n > 0: clusters in an order hashed
 * with n, so that repeated CV (`--repeat`) sees other assignments; a group is never split either way.
 */
export function assignFolds(records: readonly CorpusRecord[], k: number, seed = 0): Map<string, number> {
  const clusterOf = textClusters(records);
  const size = new Map<string, number>();
  for (const r of records) {
    const c = clusterOf.get(r.group)!;
    size.set(c, (size.get(c) ?? 0) + 1);
  }
  const clusters = [...size.keys()].sort((a, b) =>
    seed === 0
      ? size.get(b)! - size.get(a)! || (a < b ? -1 : 1)
      : fnv1a(`${seed}:${a}`) - fnv1a(`${seed}:${b}`) || (a < b ? -1 : 1),
  );
  const load = new Array<number>(k).fill(0);
  const foldOfCluster = new Map<string, number>();
  for (const c of clusters) {
    let best = 0;
    for (let i = 1; i < k; i++) if (load[i]! < load[best]!) best = i;
    foldOfCluster.set(c, best);
    load[best]! += size.get(c)!;
  }
  return new Map([...clusterOf].map(([g, c]) => [g, foldOfCluster.get(c)!]));
}

export interface Tally {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  th: number;
  thOk: number;
  thAny: number;
  /** Social value records labelled 'multiple themes', and those also given no single theme. */
  thMulti: number;
  thMultiOk: number;
}
export const newTally = (): Tally => ({
  n: 0,
  tp: 0,
  fp: 0,
  fn: 0,
  tn: 0,
  th: 0,
  thOk: 0,
  thAny: 0,
  thMulti: 0,
  thMultiOk: 0,
});

/**
 * Add one verdict to each tally: detection (tp / fp / fn / tn) and, on a social value record with a single expected
 * theme, the primary theme and primary-or-secondary. True when the record is wrong (verdict or primary theme): the one
 * place both the file evaluation and the cross-validation count.
 */
function addVerdict(
  tallies: readonly Tally[],
  isSv: boolean,
  expected: ThemeId | 'multiple' | null | undefined,
  c: Classification,
): boolean {
  let bad = c.socialValue !== isSv;
  for (const t of tallies) {
    t.n++;
    if (isSv && c.socialValue) t.tp++;
    else if (!isSv && c.socialValue) t.fp++;
    else if (isSv) t.fn++;
    else t.tn++;
  }
  if (isSv && expected && expected !== 'multiple') {
    const ok = c.socialValue && c.themeId === expected;
    const any = c.socialValue && (c.themeId === expected || c.secondaryThemeIds.includes(expected));
    for (const t of tallies) {
      t.th++;
      if (ok) t.thOk++;
      if (any) t.thAny++;
    }
    if (!ok) bad = true;
  } else if (isSv && expected === 'multiple') {
    for (const t of tallies) {
      t.thMulti++;
      if (c.socialValue && c.themeId === 'multiple') t.thMultiOk++;
    }
  }
  return bad;
}

/** Classify one corpus record with its section and hint as context and add it to the tallies; a line if it is wrong. */
function scoreRecord(
  r: CorpusRecord,
  weights: LearnedWeights,
  blend: Blend,
  tallies: readonly Tally[],
  tag: string,
  verdicts?: Map<string, Classification>,
): string | null {
  const c = classifyWith(r.text, { section: r.section ?? undefined, hint: r.hint ?? undefined }, weights, blend);
  verdicts?.set(r.id, c);
  const expected = LABEL_TO_THEME[r.theme_guess];
  if (!addVerdict(tallies, r.is_social_value, expected, c)) return null;
  const got = c.socialValue
    ? `sv/${c.themeId}${c.secondaryThemeIds.length ? `+${c.secondaryThemeIds.join(',')}` : ''}`
    : 'not-sv';
  const exp = r.is_social_value ? `sv/${expected}` : 'not-sv';
  return `  [${tag}] ${r.id} (${r.family}) expected ${exp} got ${got}: ${r.text.slice(0, 110).replace(/\s+/g, ' ')}`;
}

export function crossValidate(
  records: readonly CorpusRecord[],
  k: number,
  blend: Blend,
  train: TrainOptions = DEFAULT_TRAIN,
  seed = 0,
): {
  all: Tally;
  families: Map<string, Tally>;
  /** By the text's shape (textShape): questions and asks, short items, prose. */
  shapes: Map<TextShape, Tally>;
  wrong: string[];
  /** Each record's classification, by id, from the fold that held it out. */
  verdicts: Map<string, Classification>;
} {
  const folds = assignFolds(records, k, seed);
  const all = newTally();
  const families = new Map<string, Tally>();
  const shapes = new Map<TextShape, Tally>();
  const wrong: string[] = [];
  const verdicts = new Map<string, Classification>();
  for (let f = 0; f < k; f++) {
    const trainSet = records.filter((r) => folds.get(r.group) !== f);
    const test = records.filter((r) => folds.get(r.group) === f);
    const weights = trainWeights(trainSet, train);
    for (const r of test) {
      const fam = families.get(r.family) ?? newTally();
      families.set(r.family, fam);
      const shapeName = textShape(r.text);
      const shape = shapes.get(shapeName) ?? newTally();
      shapes.set(shapeName, shape);
      const line = scoreRecord(r, weights, blend, [all, fam, shape], `fold ${f}`, verdicts);
      if (line !== null) wrong.push(line);
    }
  }
  return { all, families, shapes, wrong, verdicts };
}

/** The tally of some records' verdicts (a slice of a cross-validation: one batch's files, the records held before it). */
export function tallyVerdicts(records: readonly CorpusRecord[], verdicts: ReadonlyMap<string, Classification>): Tally {
  const t = newTally();
  for (const r of records) {
    const c = verdicts.get(r.id);
    if (!c) throw new Error(`no verdict for ${r.id}`);
    addVerdict([t], r.is_social_value, LABEL_TO_THEME[r.theme_guess], c);
  }
  return t;
}

export type TextShape = 'question or ask' | 'short item' | 'prose';
/** Ends with a question mark or opens with an ask ("Please describe", "How will", "Bidders must", "The contractor shall"). */
const ASK_SHAPE = new RegExp(`^\\s*${ASK_OPENING}`, 'i');
/**
 * The shape of a corpus text, for the CV's breakdown: portals mostly show questions and asks, and measure or menu lines;
 * guidance prose is what a supplier reads around them. Twelve words or fewer is a short item.
 */
export function textShape(text: string): TextShape {
  if (text.trim().endsWith('?') || ASK_SHAPE.test(text)) return 'question or ask';
  return text.trim().split(/\s+/).length <= 12 ? 'short item' : 'prose';
}

/**
 * Which corpus files a --holdout argument names: each value is a path or a file name ("public-texts-8.jsonl",
 * "test/corpus/public-texts-8.jsonl"), several may be joined by commas. Throws on a name that is not a corpus file.
 */
export function resolveHoldout(values: readonly string[], files: readonly string[], flag = '--holdout'): string[] {
  const out: string[] = [];
  for (const v of values.flatMap((x) => x.split(','))) {
    const name = v.trim().split(/[\\/]/).pop() ?? '';
    if (name === '') continue;
    if (!files.includes(name)) throw new Error(`${flag} ${v}: not a file of test/corpus (${files.join(', ')})`);
    if (!out.includes(name)) out.push(name);
  }
  if (out.length === 0) throw new Error(`${flag} needs a corpus file, e.g. test/corpus/public-texts-8.jsonl`);
  return out;
}

export interface HoldoutResult {
  held: string[];
  trainN: number;
  /** Cues only (no learned weights) and cues + the learned part trained without the held-out files. */
  base: Tally;
  all: Tally;
  wrong: string[];
  /** Source groups of the held-out files that also have records in the training files (kept in training). */
  sharedGroups: string[];
  /** Held-out records whose text (textKey) a training record also holds (kept in training, as the shared groups are). */
  sharedTexts: number;
  /** The learned weights the held-out files were scored with. */
  weights: LearnedWeights;
}

/**
 * Leave-batch-out: train the learned part on every corpus file except `held` and score the held-out files. The cue
 * rules stay as they are (they were written with these batches' errors in view), so the difference from the cue-only
 * line is the learned part's contribution on texts its weights have not seen.
 */
export function holdOut(
  files: readonly { file: string; records: readonly CorpusRecord[] }[],
  held: readonly string[],
  blend: Blend,
  train: TrainOptions = DEFAULT_TRAIN,
): HoldoutResult {
  const trainSet = files.filter((f) => !held.includes(f.file)).flatMap((f) => f.records);
  const test = files.filter((f) => held.includes(f.file)).flatMap((f) => f.records);
  const weights = trainWeights(trainSet, train);
  const base = newTally();
  const all = newTally();
  const wrong: string[] = [];
  const none: LearnedWeights = { version: 1, svPrior: 0, features: {} };
  for (const r of test) {
    scoreRecord(r, none, NO_BLEND, [base], 'cues');
    const line = scoreRecord(r, weights, blend, [all], 'held out');
    if (line !== null) wrong.push(line);
  }
  const trainGroups = new Set(trainSet.map((r) => r.group));
  const sharedGroups = [...new Set(test.map((r) => r.group))].filter((g) => trainGroups.has(g)).sort();
  const trainTexts = new Set(trainSet.map((r) => textKey(r.text)));
  const sharedTexts = test.filter((r) => trainTexts.has(textKey(r.text))).length;
  return { held: [...held], trainN: trainSet.length, base, all, wrong, sharedGroups, sharedTexts, weights };
}

/** Grouped CV under `repeats` other fold assignments (seeds 1..repeats): the rates of each and their mean. */
export function repeatedCv(
  records: readonly CorpusRecord[],
  k: number,
  blend: Blend,
  train: TrainOptions,
  repeats: number,
): { runs: ReturnType<typeof rates>[]; mean: ReturnType<typeof rates> } {
  const runs = Array.from({ length: repeats }, (_, i) => rates(crossValidate(records, k, blend, train, i + 1).all));
  const avg = (key: keyof ReturnType<typeof rates>) => runs.reduce((a, x) => a + x[key], 0) / runs.length;
  return {
    runs,
    mean: { precision: avg('precision'), recall: avg('recall'), theme: avg('theme'), themeAny: avg('themeAny') },
  };
}

/** Precision, recall, primary theme and primary-or-secondary theme of a tally (NaN where undefined). */
export function rates(t: Tally): { precision: number; recall: number; theme: number; themeAny: number } {
  return {
    precision: t.tp + t.fp === 0 ? NaN : t.tp / (t.tp + t.fp),
    recall: t.tp + t.fn === 0 ? NaN : t.tp / (t.tp + t.fn),
    theme: t.th === 0 ? NaN : t.thOk / t.th,
    themeAny: t.th === 0 ? NaN : t.thAny / t.th,
  };
}

/** No learned contribution at all: the cue rules alone. */
export const NO_BLEND: Blend = { svWeight: 0, svClamp: 0, svNegClamp: 0, svMargin: 0, themeWeight: 0 };

function tallyLine(name: string, t: Tally): string {
  const x = rates(t);
  return rateLine(name, String(t.n), String(t.tp + t.fn), x);
}

function rateLine(name: string, n: string, sv: string, x: ReturnType<typeof rates>): string {
  const f = (v: number) => (Number.isNaN(v) ? '   - ' : v.toFixed(3));
  return `${pad(name, 26)}${pad(n, 6)}${pad(sv, 6)}${pad(f(x.precision), 10)}${pad(f(x.recall), 10)}${pad(f(x.theme), 10)}${f(x.themeAny)}`;
}

const HEAD = `${pad('', 26)}${pad('n', 6)}${pad('sv', 6)}${pad('prec', 10)}${pad('recall', 10)}${pad('theme', 10)}theme(any)`;

/** The values of a repeatable flag (`--holdout FILES`, `--holdout=FILES`). */
function flagValues(argv: readonly string[], flag: string): string[] {
  const out: string[] = [];
  argv.forEach((a, i) => {
    if (a === flag && argv[i + 1] !== undefined) out.push(argv[i + 1]!);
    else if (a.startsWith(`${flag}=`)) out.push(a.slice(flag.length + 1));
  });
  return out;
}
const holdoutArgs = (argv: readonly string[]) => flagValues(argv, '--holdout');

/** --train '{"alpha":0.5}' and --blend '{"svMargin":2}': options over DEFAULT_TRAIN and BLEND, for experiments. */
export function optionArgs(argv: readonly string[]): { train: TrainOptions; blend: Blend } {
  const json = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 && argv[i + 1] !== undefined ? (JSON.parse(argv[i + 1]!) as object) : {};
  };
  return {
    train: { ...DEFAULT_TRAIN, ...(json('--train') as Partial<TrainOptions>) },
    blend: { ...BLEND, ...(json('--blend') as Partial<Blend>) },
  };
}

function holdoutMain(): void {
  const { train, blend } = optionArgs(process.argv);
  const files = loadCorpusFiles();
  const held = resolveHoldout(
    holdoutArgs(process.argv),
    files.map((f) => f.file),
  );
  const each = process.argv.includes('--each');
  const runs = each ? held.map((h) => [h]) : [held];
  const out: string[] = [
    `leave-batch-out evaluation on test/corpus (${files.reduce((n, f) => n + f.records.length, 0)} records in ${files.length} files)`,
    'NOTE: the cue rules (cues.ts) were written with these batches\' errors in view, so "cues only" is optimistic and the',
    'difference between the two lines is what the learned part, trained without the held-out file(s), adds on texts its',
    'weights have not seen. The blind scores in test/corpus/README.md used the cue rules as they were before each batch.',
  ];
  const results = runs.map((h) => holdOut(files, h, blend, train));
  for (const r of results) {
    out.push(
      '',
      `held out ${r.held.join(', ')}: ${r.all.n} records (${r.all.tp + r.all.fn} social value); learned part trained on the other ${r.trainN}`,
      HEAD,
      tallyLine('cues only', r.base),
      tallyLine('cues + learned', r.all),
    );
    if (r.sharedGroups.length > 0)
      out.push(
        `(${r.sharedGroups.length} source group(s) also have records in training: ${r.sharedGroups.join(', ')})`,
      );
    if (r.sharedTexts > 0)
      out.push(
        `(${r.sharedTexts} held-out record(s) hold a text a training record holds too, case and punctuation aside)`,
      );
    out.push(`wrong (${r.wrong.length}):`, ...r.wrong);
  }
  if (results.length > 1) {
    const mean = (pick: (r: HoldoutResult) => Tally) => {
      const xs = results.map((r) => rates(pick(r)));
      const avg = (k: keyof ReturnType<typeof rates>) => xs.reduce((s, x) => s + x[k], 0) / xs.length;
      return { precision: avg('precision'), recall: avg('recall'), theme: avg('theme'), themeAny: avg('themeAny') };
    };
    out.push(
      '',
      `mean over the ${results.length} held-out runs (each file held out in turn):`,
      HEAD,
      rateLine(
        'cues only',
        '',
        '',
        mean((r) => r.base),
      ),
      rateLine(
        'cues + learned',
        '',
        '',
        mean((r) => r.all),
      ),
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

/** Primary theme over every social value record, 'multiple themes' labels included, with its counts. */
function allThemes(t: Tally): string {
  const n = t.th + t.thMulti;
  const ok = t.thOk + t.thMultiOk;
  return `${n === 0 ? '-' : (ok / n).toFixed(3)} (${ok}/${n})`;
}

function cvMain(): void {
  const fi = process.argv.indexOf('--folds');
  const k = fi > 0 ? Number(process.argv[fi + 1]) : 5;
  const files = loadCorpusFiles();
  const records = files.flatMap((f) => f.records);
  // --slice FILES (repeatable, comma-separated corpus files): the same verdicts on those files' records alone, e.g. one
  // batch range, as test/corpus/README.md quotes them. Resolved before the folds run, so a bad name fails at once.
  const slices = flagValues(process.argv, '--slice').map((value) => {
    const names = resolveHoldout(
      [value],
      files.map((f) => f.file),
      '--slice',
    );
    const label = names.length === 1 ? names[0]! : `${names[0]} +${names.length - 1}`;
    return { label, records: files.filter((f) => names.includes(f.file)).flatMap((f) => f.records) };
  });
  const out: string[] = [
    `grouped ${k}-fold cross-validation on test/corpus: ${records.length} records, ${new Set(records.map((r) => r.group)).size} source groups (${new Set(textClusters(records).values()).size} once groups sharing a text are joined)`,
  ];
  const { train, blend } = optionArgs(process.argv);
  const base = crossValidate(records, k, NO_BLEND, train);
  const cv = crossValidate(records, k, blend, train);
  out.push(
    '',
    HEAD,
    tallyLine('cues only (baseline)', base.all),
    tallyLine('cues + naive Bayes', cv.all),
    '',
    `primary theme with the 'multiple themes' labels counted too (a generic ask given no single theme): cues only ${allThemes(base.all)}, cues + naive Bayes ${allThemes(cv.all)}`,
    '',
    'by text shape (cues + naive Bayes):',
    HEAD,
    ...(['question or ask', 'short item', 'prose'] as const).map((sh) =>
      tallyLine(sh, cv.shapes.get(sh) ?? newTally()),
    ),
    '',
    'by source family (cues + naive Bayes):',
    HEAD,
  );
  for (const [fam, t] of [...cv.families.entries()].sort()) out.push(tallyLine(fam, t));
  if (slices.length > 0) {
    out.push('', 'slices of the same cross-validation (cues + naive Bayes):', HEAD);
    for (const slice of slices) out.push(tallyLine(slice.label, tallyVerdicts(slice.records, cv.verdicts)));
  }
  out.push('', `wrong (${cv.wrong.length}):`, ...cv.wrong);
  const ri = process.argv.indexOf('--repeat');
  const repeats = ri > 0 ? Number(process.argv[ri + 1]) : 0;
  if (repeats > 0) {
    // The folds above are balanced by group size, so one new group can move every other group to another fold; the
    // mean over other assignments shows how much of a difference is the assignment.
    out.push(
      '',
      `repeated with ${repeats} other fold assignments (groups in seeded hash order; cues + naive Bayes):`,
      HEAD,
    );
    const { runs, mean } = repeatedCv(records, k, blend, train, repeats);
    runs.forEach((x, i) => out.push(rateLine(`seed ${i + 1}`, '', '', x)));
    out.push(rateLine('mean', String(records.length), '', mean));
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

function main(): void {
  if (holdoutArgs(process.argv).length > 0) {
    try {
      holdoutMain();
    } catch (e) {
      process.stderr.write(`${(e as Error).message}\n`);
      process.exitCode = 2;
    }
    return;
  }
  if (process.argv.includes('--cv')) {
    try {
      cvMain();
    } catch (e) {
      process.stderr.write(`${(e as Error).message}\n`);
      process.exitCode = 2;
    }
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

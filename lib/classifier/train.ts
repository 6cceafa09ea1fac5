/**
 * Training of the learned weights (pure, deterministic): binarised multinomial naive Bayes with Laplace smoothing.
 * Used by scripts/train.ts (all of test/corpus) and scripts/eval.ts --cv (one fold at a time).
 */
import { THEME_IDS, type ThemeId } from '../knowledge/ids';
import type { CorpusRecord } from './corpus';
import { features, type LearnedWeights } from './learned';

const LABEL_TO_ID: Record<string, ThemeId | undefined> = {
  'covid-19 recovery': 'covid-recovery',
  'tackling economic inequality': 'economic-inequality',
  'fighting climate change': 'climate',
  'equal opportunity': 'equal-opportunity',
  wellbeing: 'wellbeing',
};

export interface TrainOptions {
  /** Keep features seen in at least this many training texts. */
  minDf: number;
  /** Laplace smoothing. */
  alpha: number;
  /** Drop features whose |weight| (x 100) is below this for both tasks. */
  prune: number;
  /** Weight of a secondary theme label relative to the primary. */
  secondaryWeight: number;
  /**
   * Class balance: weight each negative text by (social value texts / negative texts), so that the social value
   * log-ratios do not drift as more hard negatives join the corpus (its class ratio is an artefact of collection).
   */
  balance: boolean;
  /** Quantisation step of the stored weights (x 100): coarser steps compress better (weights.json size). */
  step: number;
}
export const DEFAULT_TRAIN: TrainOptions = {
  minDf: 3,
  alpha: 1,
  prune: 100,
  secondaryWeight: 0.5,
  balance: false,
  step: 50,
};

export function trainWeights(records: readonly CorpusRecord[], opt: TrainOptions = DEFAULT_TRAIN): LearnedWeights {
  const docs = records.map((r) => ({ r, f: features(r.text) }));
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.f) df.set(f, (df.get(f) ?? 0) + 1);
  const vocab = [...df.keys()].filter((f) => (df.get(f) ?? 0) >= opt.minDf).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const V = vocab.length;
  const svCount = new Float64Array(V);
  const noCount = new Float64Array(V);
  const thCount = THEME_IDS.map(() => new Float64Array(V));
  let svTotal = 0,
    noTotal = 0;
  const nSv = records.filter((r) => r.is_social_value).length;
  const negW = opt.balance && nSv > 0 && nSv < records.length ? nSv / (records.length - nSv) : 1;
  const thTotal = THEME_IDS.map(() => 0);
  for (const { r, f } of docs) {
    const idx = f.map((x) => index.get(x)).filter((i): i is number => i !== undefined);
    if (!r.is_social_value) {
      for (const i of idx) noCount[i]! += negW;
      noTotal += negW * idx.length;
      continue;
    }
    for (const i of idx) svCount[i]! += 1;
    svTotal += idx.length;
    const weights = new Map<number, number>();
    const primary = LABEL_TO_ID[r.theme_guess];
    if (primary) weights.set(THEME_IDS.indexOf(primary), 1);
    for (const s of r.secondary_themes) {
      const k = THEME_IDS.indexOf(s);
      weights.set(k, Math.max(weights.get(k) ?? 0, opt.secondaryWeight));
    }
    for (const [k, wt] of weights) {
      for (const i of idx) thCount[k]![i]! += wt;
      thTotal[k]! += wt * idx.length;
    }
  }
  const a = opt.alpha;
  const out: LearnedWeights['features'] = {};
  for (let i = 0; i < V; i++) {
    const sv = Math.log((svCount[i]! + a) / (svTotal + a * V)) - Math.log((noCount[i]! + a) / (noTotal + a * V));
    const lp = THEME_IDS.map((_, k) => Math.log((thCount[k]![i]! + a) / (thTotal[k]! + a * V)));
    const mean = lp.reduce((x, y) => x + y, 0) / lp.length;
    const q = (x: number) => Math.round((x * 100) / opt.step) * opt.step;
    const row = [q(sv), ...lp.map((x) => q(x - mean))];
    if (Math.abs(row[0]!) < opt.prune && row.slice(1).every((x) => Math.abs(x) < opt.prune)) continue;
    out[vocab[i]!] = row.map((x) => (Object.is(x, -0) ? 0 : x));
  }
  return { version: 1, svPrior: 0, features: out };
}

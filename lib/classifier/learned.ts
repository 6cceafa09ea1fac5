/**
 * The learned part of the classifier: naive Bayes over stemmed words and word pairs (see scripts/train.ts).
 * Pure and deterministic. Weights are integers (log-ratios x 100) in ./weights.json, trained from test/corpus.
 */
import { stemmer } from 'stemmer';
import { THEME_IDS, type ThemeId } from '../knowledge/ids';

/** Words too common in tender text to carry signal. */
const STOP = new Set(
  (
    'a an and are as at be been by can do does for from has have how if in into is it its of on or our please that the ' +
    'their them these they this those to was we were what when where which who will with would you your'
  ).split(' '),
);

/** Stems already computed: tender text repeats its words, and the stemmer's suffix rules are the costly part. */
const STEMS = new Map<string, string>();
const STEM_CACHE_LIMIT = 20_000;

function stem(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    if (STEMS.size >= STEM_CACHE_LIMIT) STEMS.clear();
    s = stemmer(word);
    STEMS.set(word, s);
  }
  return s;
}

/** Lower-case words of two or more letters/digits, stop words dropped, Porter-stemmed. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const w of text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)) {
    if (w.length < 2 || STOP.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

/** Distinct features, in the order first met: stems and adjacent stem pairs ("creat job"). */
function featureSet(text: string): Set<string> {
  const t = tokens(text);
  const set = new Set<string>(t);
  for (let i = 1; i < t.length; i++) set.add(`${t[i - 1]} ${t[i]}`);
  return set;
}

/** Distinct features, sorted (training and tests; scoring takes them unsorted). */
export function features(text: string): string[] {
  return [...featureSet(text)].sort();
}

/** Shape of ./weights.json (zod schema in ./learned-schema.ts, kept apart so portal pages do not load zod for it). */
export interface LearnedWeights {
  version: 1;
  /** Log prior odds of social value x 100 (0: equal priors). */
  svPrior: number;
  /** feature -> [social value log-ratio, then one centred log-probability per theme in THEME_IDS order], all x 100. */
  features: Record<string, number[]>;
}

export interface LearnedScore {
  /** Naive Bayes log-odds of social value (natural log). */
  svLogOdds: number;
  /** Posterior over THEME_IDS (sums to 1). */
  themeP: Record<ThemeId, number>;
  /** Features that pushed towards social value, heaviest first (stems). */
  top: string[];
  /** How many features were known to the model. */
  known: number;
}

export function learnedScore(w: LearnedWeights, text: string): LearnedScore {
  // Sums of the integer weights (exact in any order), scaled once at the end.
  let sv100 = w.svPrior;
  const th100 = THEME_IDS.map(() => 0);
  const pushes: [string, number][] = [];
  let known = 0;
  for (const f of featureSet(text)) {
    // Own keys only: a text's word can be an Object.prototype key ("constructor", in "Considerate Constructors Scheme"),
    // whose inherited value is no weight row and made the log-odds NaN.
    if (!Object.hasOwn(w.features, f)) continue;
    const v = w.features[f]!;
    known++;
    sv100 += v[0]!;
    if (v[0]! > 0) pushes.push([f, v[0]!]);
    for (let i = 0; i < th100.length; i++) th100[i]! += v[i + 1]!;
  }
  const sv = sv100 / 100;
  const th = th100.map((x) => x / 100);
  const max = Math.max(...th);
  const ex = th.map((x) => Math.exp(x - max));
  const sum = ex.reduce((a, b) => a + b, 0);
  const themeP = {} as Record<ThemeId, number>;
  THEME_IDS.forEach((t, i) => {
    themeP[t] = ex[i]! / sum;
  });
  pushes.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { svLogOdds: sv, themeP, top: pushes.slice(0, 5).map((p) => p[0]), known };
}

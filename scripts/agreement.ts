/**
 * How consistent are the corpus labels? A second annotator labelled a sample of corpus records blind (text, section and
 * hint only, with the written rule of test/corpus/README.md, "Labels"; no corpus labels, no classifier), kept in
 * test/corpus/agreement/second-annotator.jsonl. This prints:
 *
 * - the two annotators' agreement (raw and Cohen's kappa), and the second scored against the first as a classifier
 *   would be (precision, recall), with primary theme agreement where both say social value and name one theme;
 * - the classifier's grouped cross-validation verdicts (the same folds as `npm run eval -- --cv`) against each
 *   annotator, and on the records where the two agree;
 * - the same on the records the second annotator did not mark unsure.
 *
 *   npm run --silent agreement [-- FILE]
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { BLEND } from '../lib/classifier/classify';
import { loadCorpus } from '../lib/classifier/corpus-node';
import { THEME_IDS } from '../lib/knowledge/ids';
import { crossValidate, LABEL_TO_THEME } from './eval';

const secondSchema = z.object({
  id: z.string(),
  is_social_value: z.boolean(),
  theme: z.enum([...THEME_IDS, 'multiple']).nullable(),
  unsure: z.boolean(),
});
export type SecondLabel = z.infer<typeof secondSchema>;

export function parseSecond(content: string): SecondLabel[] {
  return content
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const parsed = secondSchema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`line ${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
      return parsed.data;
    });
}

export interface Agreement {
  n: number;
  /** Both say social value; only the first (reference); only the second; neither. */
  both: number;
  firstOnly: number;
  secondOnly: number;
  neither: number;
  /** Share of records on which the two agree. */
  agree: number;
  /** Cohen's kappa: agreement beyond what the two label rates would give by chance. */
  kappa: number;
  /** The second scored against the first: precision and recall of its "social value". */
  precision: number;
  recall: number;
}

/** Agreement of two binary labellings, the first taken as reference. */
export function binaryAgreement(pairs: readonly (readonly [boolean, boolean])[]): Agreement {
  let both = 0;
  let firstOnly = 0;
  let secondOnly = 0;
  let neither = 0;
  for (const [a, b] of pairs) {
    if (a && b) both++;
    else if (a) firstOnly++;
    else if (b) secondOnly++;
    else neither++;
  }
  const n = pairs.length;
  const agree = n === 0 ? NaN : (both + neither) / n;
  const yes1 = (both + firstOnly) / n;
  const yes2 = (both + secondOnly) / n;
  const chance = yes1 * yes2 + (1 - yes1) * (1 - yes2);
  return {
    n,
    both,
    firstOnly,
    secondOnly,
    neither,
    agree,
    kappa: chance === 1 ? NaN : (agree - chance) / (1 - chance),
    precision: both + secondOnly === 0 ? NaN : both / (both + secondOnly),
    recall: both + firstOnly === 0 ? NaN : both / (both + firstOnly),
  };
}

function line(name: string, a: Agreement): string {
  const f = (v: number) => (Number.isNaN(v) ? '  -  ' : v.toFixed(3));
  return `${name.padEnd(50)}${String(a.n).padEnd(6)}${f(a.agree).padEnd(9)}${f(a.kappa).padEnd(9)}${f(a.precision).padEnd(9)}${f(a.recall)}`;
}

function main(): void {
  const file = process.argv[2] ?? 'test/corpus/agreement/second-annotator.jsonl';
  const second = parseSecond(readFileSync(file, 'utf8'));
  const corpus = new Map(loadCorpus().map((r) => [r.id, r]));
  const missing = second.filter((s) => !corpus.has(s.id)).map((s) => s.id);
  if (missing.length > 0) throw new Error(`not in test/corpus: ${missing.join(', ')}`);
  const { verdicts } = crossValidate([...corpus.values()], 5, BLEND);
  const rows = second.map((s) => ({
    s,
    first: corpus.get(s.id)!,
    cv: verdicts.get(s.id)!.socialValue,
  }));
  const out: string[] = [
    `label agreement on ${rows.length} corpus records (${file}); precision and recall: the second column's labelling scored against the first`,
    '',
    `${''.padEnd(50)}${'n'.padEnd(6)}${'agree'.padEnd(9)}${'kappa'.padEnd(9)}${'prec'.padEnd(9)}recall`,
  ];
  for (const [name, subset] of [
    ['all', rows],
    ['sure', rows.filter((r) => !r.s.unsure)],
  ] as const) {
    out.push(
      line(
        `${name}: labels vs second annotator`,
        binaryAgreement(subset.map((r) => [r.first.is_social_value, r.s.is_social_value])),
      ),
      line(`${name}: labels vs classifier (CV)`, binaryAgreement(subset.map((r) => [r.first.is_social_value, r.cv]))),
      line(`${name}: second annotator vs classifier`, binaryAgreement(subset.map((r) => [r.s.is_social_value, r.cv]))),
    );
    const agreed = subset.filter((r) => r.first.is_social_value === r.s.is_social_value);
    out.push(
      line(`${name}: both agree, vs classifier`, binaryAgreement(agreed.map((r) => [r.first.is_social_value, r.cv]))),
    );
  }
  const themed = rows.filter((r) => {
    const t = LABEL_TO_THEME[r.first.theme_guess];
    return r.first.is_social_value && r.s.is_social_value && t && t !== 'multiple' && r.s.theme !== 'multiple';
  });
  const same = themed.filter((r) => LABEL_TO_THEME[r.first.theme_guess] === r.s.theme).length;
  out.push('', `primary theme, both social value and both naming one theme: ${same} / ${themed.length} agree`);
  process.stdout.write(`${out.join('\n')}\n`);
}

if (process.argv[1] !== undefined && /agreement\.ts$/.test(process.argv[1])) main();

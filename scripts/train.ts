/**
 * Train the classifier's learned weights from test/corpus/*.jsonl and write lib/classifier/weights.json.
 *
 *   npm run train            (node_modules/.bin/tsx scripts/train.ts [--check])
 *
 * Deterministic: the same corpus gives byte-identical weights. --check exits 1 when the committed file differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorpus } from '../lib/classifier/corpus-node';
import { trainWeights } from '../lib/classifier/train';
import type { LearnedWeights } from '../lib/classifier/learned';

export const WEIGHTS_PATH = join(process.cwd(), 'lib', 'classifier', 'weights.json');

/** Stable text form: one feature a line, keys sorted. */
export function serialiseWeights(w: LearnedWeights): string {
  const keys = Object.keys(w.features).sort();
  const lines = keys.map((k) => `    ${JSON.stringify(k)}: ${JSON.stringify(w.features[k])}`);
  return `{\n  "version": ${w.version},\n  "svPrior": ${w.svPrior},\n  "features": {\n${lines.join(',\n')}\n  }\n}\n`;
}

export function trainedText(): string {
  return serialiseWeights(trainWeights(loadCorpus()));
}

function main(): void {
  const text = trainedText();
  if (process.argv.includes('--check')) {
    const same = readFileSync(WEIGHTS_PATH, 'utf8') === text;
    process.stdout.write(
      same ? 'weights.json is up to date\n' : 'weights.json differs from training: run npm run train\n',
    );
    process.exit(same ? 0 : 1);
  }
  writeFileSync(WEIGHTS_PATH, text);
  const n = Object.keys(JSON.parse(text).features).length;
  process.stdout.write(`wrote ${WEIGHTS_PATH}: ${n} features, ${text.length} bytes\n`);
}

if (process.argv[1] !== undefined && /train\.ts$/.test(process.argv[1])) main();

/** Node-only: read every test/corpus/*.jsonl file (sorted by name). Scripts and tests only. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorpus, type CorpusRecord } from './corpus';

export function loadCorpus(dir = join(process.cwd(), 'test', 'corpus')): CorpusRecord[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort();
  return files.flatMap((f) => parseCorpus(readFileSync(join(dir, f), 'utf8'), f));
}

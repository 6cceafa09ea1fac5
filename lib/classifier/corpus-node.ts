/** Node-only: read every test/corpus/*.jsonl file (sorted by name). Scripts and tests only. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCorpus, type CorpusRecord } from './corpus';

/** Each corpus file (name only, e.g. "public-texts-8.jsonl") with its records, sorted by name. */
export function loadCorpusFiles(
  dir = join(process.cwd(), 'test', 'corpus'),
): { file: string; records: CorpusRecord[] }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((file) => ({ file, records: parseCorpus(readFileSync(join(dir, file), 'utf8'), file) }));
}

export function loadCorpus(dir = join(process.cwd(), 'test', 'corpus')): CorpusRecord[] {
  return loadCorpusFiles(dir).flatMap((f) => f.records);
}

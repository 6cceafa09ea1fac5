/**
 * The corpus is reproducible from the repository: every batch script (test/corpus/make-*.py, on test/corpus/batch.py)
 * writes its committed file byte for byte. Scripts that read a repository snapshot given on the command line
 * (sys.argv: the Digital Marketplace extracts, the notices' test data) are not run here; their inputs are not committed.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const DIR = 'test/corpus';
const run = promisify(execFile);

/** Each script with the file its Batch writes (in test/corpus or its held-out folder). */
const scripts = readdirSync(DIR)
  .filter((f) => /^make-.*\.py$/.test(f))
  .sort()
  .flatMap((script) => {
    const source = readFileSync(join(DIR, script), 'utf8');
    const out = /Batch\(['"]([^'"]+)['"]\)/.exec(source)?.[1];
    if (!out || source.includes('sys.argv')) return [];
    const file = [join(DIR, out), join(DIR, 'heldout', out)].find((p) => existsSync(p));
    return file ? [{ script, file }] : [];
  });

describe('corpus batch scripts (test/corpus/make-*.py)', () => {
  it('every batch script writes its committed file byte for byte', async () => {
    expect(scripts.length).toBeGreaterThanOrEqual(93);
    const differ: string[] = [];
    // Two at a time (the CI machine has two cores); each reads the whole committed corpus.
    for (let i = 0; i < scripts.length; i += 2) {
      await Promise.all(
        scripts.slice(i, i + 2).map(async ({ script, file }) => {
          const { stdout } = await run('python3', [join(DIR, script)], { maxBuffer: 64 * 1024 * 1024 });
          if (stdout !== readFileSync(file, 'utf8')) differ.push(`${script} -> ${file}`);
        }),
      );
    }
    expect(differ).toEqual([]);
  }, 180_000);
});

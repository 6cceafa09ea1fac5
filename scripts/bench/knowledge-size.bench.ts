/**
 * Size of the knowledge base as the content script would carry it: lib/knowledge/models.ts + relevance.ts bundled
 * with the installed vite build API (library mode, ES module, minified), once with zod external and once with zod
 * included. Prints raw and gzip (level 9) bytes as plain lines. Budget: under 60 kB gzip added to the content script.
 *
 * Run: npx tsx scripts/bench/knowledge-size.bench.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const root = path.resolve(import.meta.dirname, '../..');
const knowledge = path.join(root, 'lib/knowledge');
const BUDGET_GZIP = 60 * 1024;

interface Chunk {
  type: string;
  code?: string;
  source?: string | Uint8Array;
}

/** Modules the overlay may import; validate.ts (full zod schemas, tests and tooling only) is left out. */
const RUNTIME_MODULES = [
  'models',
  'relevance',
  'evaluators',
  'gaps',
  'toms',
  'ppn-06-20',
  'ppn-002',
  'ppn-026',
  'scotland',
  'wales',
];

const mod = (m: string) => JSON.stringify(path.join(knowledge, `${m}.ts`));
/** Namespace re-exports keep every export of every module (no name clashes between modules). */
const everything = (modules: string[]) => modules.map((m, i) => `export * as m${i} from ${mod(m)};`).join('\n');
/** What the guidance overlay needs: lookups and ratings, not the override schema. */
const OVERLAY_ENTRY =
  `export { getCriterion, getOutcome, getTheme, getModel, criteriaForOutcome, nearestTheme, formatSource, MODELS, KNOWLEDGE_VERSION } from ${mod('models')};\n` +
  `export { relevanceFor, whatItMeans, CATEGORIES, RELEVANCE_PROVENANCE } from ${mod('relevance')};\n` +
  `export { EVALUATOR_POINTS } from ${mod('evaluators')};\nexport { TOMS } from ${mod('toms')};\nexport { GAPS } from ${mod('gaps')};\n`;

async function bundle(label: string, source: string, externalZod: boolean): Promise<{ raw: number; gzip: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'svl-kb-size-'));
  const entry = path.join(dir, 'entry.ts');
  fs.writeFileSync(entry, source);
  try {
    const out = await build({
      configFile: false,
      root,
      logLevel: 'silent',
      build: {
        write: false,
        minify: true,
        lib: { entry, formats: ['es'], fileName: 'knowledge' },
        rolldownOptions: { external: externalZod ? [/^zod(\/.*)?$/] : [] },
      },
    });
    const outputs = (Array.isArray(out) ? out : [out]) as Array<{ output: Chunk[] }>;
    const code = outputs
      .flatMap((o) => o.output)
      .filter((c) => c.type === 'chunk')
      .map((c) => c.code ?? '')
      .join('\n');
    const raw = Buffer.byteLength(code);
    const gzip = gzipSync(code, { level: 9 }).length;
    console.log(`${label} raw bytes: ${raw}`);
    console.log(`${label} gzip bytes: ${gzip}`);
    return { raw, gzip };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const pair = everything(['models', 'relevance']);
const ext = await bundle('knowledge (models.ts + relevance.ts, all exports, zod external)', pair, true);
const inc = await bundle('knowledge (models.ts + relevance.ts, all exports, zod included)', pair, false);
await bundle(
  'whole runtime knowledge base (all lib/knowledge modules except validate.ts, zod external)',
  everything(RUNTIME_MODULES),
  true,
);
await bundle(
  'whole runtime knowledge base (all lib/knowledge modules except validate.ts, zod included)',
  everything(RUNTIME_MODULES),
  false,
);
await bundle(
  'overlay imports only (lookups, relevanceFor, evaluator points, TOMs, gaps; no override schema), zod included',
  OVERLAY_ENTRY,
  false,
);
console.log(`zod share when included, gzip bytes: ${inc.gzip - ext.gzip}`);
console.log(`budget gzip bytes: ${BUDGET_GZIP}`);
console.log(`within budget (zod external): ${ext.gzip < BUDGET_GZIP ? 'yes' : 'no'}`);
console.log(`within budget (zod included): ${inc.gzip < BUDGET_GZIP ? 'yes' : 'no'}`);

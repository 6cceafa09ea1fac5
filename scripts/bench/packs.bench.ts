/**
 * Benchmark: draft packs for 50 tenders with 10 answers each (~250-word answers, 2 revisions each, 20 evidence items).
 * Prints export time (read the database + digest, then zip with a .docx and a .md per tender), pack size, and import
 * time (read + validate + digest + plan + apply in one transaction) into an empty database, and a re-import.
 * Database: fake-indexeddb in Node (the browser's IndexedDB will differ). Run: npx tsx scripts/bench/packs.bench.ts
 */
import 'fake-indexeddb/auto';
import { SvlDatabase } from '../../lib/db';
import { applyImport } from '../../lib/packs/apply';
import { buildPack } from '../../lib/packs/export';
import { buildPackFile } from '../../lib/packs/file';
import { planImport } from '../../lib/packs/plan';
import { readPackFile } from '../../lib/packs/read';
import { median } from './measure';
import { deflateBomb, zipRaw } from '../../test/pack-bombs';

const TENDERS = 50;
const ANSWERS = 10;
const SENTENCES = [
  'We will create six paid apprenticeships in the first year, recruited through the local college and Jobcentre Plus.',
  'Each apprentice has a named mentor and a structured training plan leading to a recognised qualification.',
  'Our hosting runs in data centres powered by renewable electricity, and we publish a carbon reduction plan annually.',
  'Staff receive two paid volunteering days a year; last year they gave 420 hours to schools and community groups.',
  'We will spend at least 25% of contract value with SMEs and VCSEs based within 30 miles of the service.',
];
function answer(t: number, q: number): string {
  const out: string[] = [];
  for (let i = 0; out.join(' ').split(' ').length < 250; i++) out.push(SENTENCES[(t + q + i) % SENTENCES.length]!);
  return `${out.join(' ')} (Tender ${t}, question ${q}.)`;
}

async function seed(db: SvlDatabase) {
  const now = Date.now();
  await db.transaction('rw', [db.tenders, db.questions, db.drafts, db.revisions, db.evidence], async () => {
    for (let t = 0; t < TENDERS; t++) {
      const tenderId = `find-tender|ocds-bench-${t}`;
      await db.tenders.add({
        id: tenderId,
        portalId: 'find-tender',
        reference: `ocds-bench-${t}`,
        title: `Bench tender ${t}: managed cloud services`,
        firstSeen: now,
        lastSeen: now,
      });
      for (let q = 0; q < ANSWERS; q++) {
        const key = `${tenderId}|${q + 1}-b${t}x${q}`;
        const question = `${q + 1}. Describe how you will deliver social value through local employment and skills. Maximum 500 words.`;
        await db.questions.add({ fingerprint: key, tenderId, text: question });
        const text = answer(t, q);
        await db.drafts.add({
          key,
          tenderId,
          portalId: 'find-tender',
          question,
          url: `https://www.find-tender.service.gov.uk/Notice/${t}`,
          text,
          createdAt: now,
          updatedAt: now,
          submittedAt: 0,
        });
        await db.revisions.bulkAdd([
          { draftKey: key, text: text.slice(0, 400), savedAt: now - 2000, reason: 'periodic' },
          { draftKey: key, text: text.slice(0, 900), savedAt: now - 1000, reason: 'periodic' },
        ]);
      }
    }
    for (let i = 0; i < 20; i++) {
      await db.evidence.add({
        id: `ev-${i}`,
        title: `Fact ${i}`,
        text: SENTENCES[i % SENTENCES.length]!,
        figures: [`${i * 3}`],
        criterionIds: ['ppn0620-2.2'],
        categoryIds: ['cloud'],
        owner: 'Bid team',
        reviewBy: '2027-06-30',
        createdAt: now,
        updatedAt: now,
      });
    }
  });
}

const source = new SvlDatabase('bench-source');
await seed(source);
const request = {
  scope: { kind: 'all' as const },
  revisions: { kind: 'all' as const },
  evidence: { kind: 'all' as const },
  authorName: 'Bench',
  note: '',
};

const ROUNDS = 5;
const exportPack: number[] = [];
const exportZip: number[] = [];
const importTimes: number[] = [];
const reimportTimes: number[] = [];
let size = 0;
let jsonSize = 0;
for (let r = 0; r < ROUNDS; r++) {
  const t0 = performance.now();
  const pack = await buildPack(source, request);
  const t1 = performance.now();
  const file = await buildPackFile(pack);
  const t2 = performance.now();
  exportPack.push(t1 - t0);
  exportZip.push(t2 - t1);
  size = file.length;
  jsonSize = JSON.stringify(pack).length;

  const target = new SvlDatabase(`bench-target-${r}`);
  const t3 = performance.now();
  const read = await readPackFile(file);
  if (!read.ok) throw new Error(read.error);
  const plan = await planImport(target, read.pack);
  const result = await applyImport(target, read.pack);
  const t4 = performance.now();
  if (result.draftsAdded !== TENDERS * ANSWERS || plan.drafts.add.length !== TENDERS * ANSWERS)
    throw new Error('import incomplete');
  importTimes.push(t4 - t3);
  const t5 = performance.now();
  const again = await readPackFile(file);
  if (!again.ok) throw new Error(again.error);
  await planImport(target, again.pack);
  const second = await applyImport(target, again.pack);
  reimportTimes.push(performance.now() - t5);
  if (second.draftsAdded + second.revisionsAdded + second.tendersAdded !== 0)
    throw new Error('re-import wrote something');
  await target.delete();
}
await source.delete();

const ms = (x: number) => `${x.toFixed(0)} ms`;
console.log(
  `pack: ${TENDERS} tenders x ${ANSWERS} answers (~250 words each), 2 revisions per answer, 20 evidence items; median of ${ROUNDS} rounds (fake-indexeddb, Node ${process.versions.node})`,
);
console.log(`export, database -> pack object with SHA-256 digest: ${ms(median(exportPack))}`);
console.log(`export, pack -> .svlpack zip (pack.json + ${TENDERS} .docx + ${TENDERS} .md): ${ms(median(exportZip))}`);
console.log(`export total: ${ms(median(exportPack) + median(exportZip))}`);
console.log(
  `pack size: ${(size / 1024).toFixed(0)} KB .svlpack (pack.json ${(jsonSize / 1024).toFixed(0)} KB uncompressed)`,
);
console.log(
  `import into an empty database (read, checks, validate, digest, migrate, plan, apply): ${ms(median(importTimes))}`,
);
console.log(`re-import of the same pack (writes nothing): ${ms(median(reimportTimes))}`);

// Packs that lie about their size (issue 14): pack.json declares 100 bytes and inflates to 256 MB (the limit is
// 64 MB); the reader must stop inflating at the limit, whatever the header says.
const lying = zipRaw([{ name: 'pack.json', data: deflateBomb(256 * 1024 * 1024), declared: 100 }]);
const refusals: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const started = performance.now();
  const read = await readPackFile(lying);
  refusals.push(performance.now() - started);
  if (read.ok) throw new Error('a lying pack was read');
}
console.log(
  `a ${(lying.length / 1024 / 1024).toFixed(1)} MB pack whose pack.json declares 100 bytes and inflates to 256 MB: refused in ${ms(median(refusals))} median (target <= 1 s)`,
);

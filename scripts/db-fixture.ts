/**
 * Save the example database for the current version: `npx tsx scripts/db-fixture.ts`.
 * Replays the schemas in a fake-indexeddb database: the previous version's saved example is written into a database
 * declared as that version, opened with the current migrations (so it is upgraded by the real code), and every table
 * is written to test/fixtures/db/vN.json. Run it once when you add a migration, check the file, and commit it;
 * never regenerate a shipped version's file.
 */
import 'fake-indexeddb/auto';
import fs from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { DB_VERSION, SvlDatabase } from '../lib/db';
import { MIGRATIONS } from '../lib/db/migrations';

const dir = path.resolve(import.meta.dirname, '../test/fixtures/db');
const target = path.join(dir, `v${DB_VERSION}.json`);
if (fs.existsSync(target) && !process.argv.includes('--force')) {
  console.error(`${path.relative(process.cwd(), target)} exists: a shipped version's example is never regenerated.`);
  process.exit(1);
}
const previous = JSON.parse(fs.readFileSync(path.join(dir, `v${DB_VERSION - 1}.json`), 'utf8')) as {
  tables: Record<string, unknown[]>;
};

const name = 'fixture';
const old = new Dexie(name);
for (const m of MIGRATIONS.filter((m) => m.version < DB_VERSION)) old.version(m.version).stores(m.stores);
await old.open();
for (const [table, rows] of Object.entries(previous.tables)) await old.table(table).bulkAdd(rows);
old.close();

const db = new SvlDatabase(name);
await db.open();
const tables: Record<string, unknown[]> = {};
for (const table of db.tables) tables[table.name] = await table.toArray();
db.close();

const note = `Rows as database version ${DB_VERSION} stored them: the version ${DB_VERSION - 1} example upgraded by scripts/db-fixture.ts.`;
const lines = Object.entries(tables).map(
  ([table, rows]) =>
    `    ${JSON.stringify(table)}: [${rows.map((r) => `\n      ${JSON.stringify(r)}`).join(',')}${rows.length ? '\n    ' : ''}]`,
);
fs.writeFileSync(
  target,
  `{\n  "version": ${DB_VERSION},\n  "note": ${JSON.stringify(note)},\n  "tables": {\n${lines.join(',\n')}\n  }\n}\n`,
);
console.log(`wrote ${path.relative(process.cwd(), target)}`);

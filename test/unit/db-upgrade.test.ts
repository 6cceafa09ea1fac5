import fs from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, SvlDatabase } from '@/lib/db';
import { normaliseQuestion } from '@/lib/draft-key';
import { handleMessage } from '@/lib/router';

/**
 * Every shipped database version has a saved example (test/fixtures/db/vN.json). Each is written into a
 * fake-indexeddb database declared exactly as that version was, then opened with the current class.
 */
const SCHEMAS: Record<number, Array<Record<string, string | null>>> = {
  1: [
    {
      tenders: '&id, portalId, lastSeen',
      questions: '&fingerprint, tenderId',
      drafts: '&key, tenderId, portalId, updatedAt',
      revisions: '++id, draftKey, savedAt',
    },
  ],
  2: [
    {
      tenders: '&id, portalId, lastSeen',
      questions: '&fingerprint, tenderId',
      drafts: '&key, tenderId, portalId, updatedAt',
      revisions: '++id, draftKey, savedAt',
    },
    { drafts: '&key, tenderId, portalId, updatedAt, submittedAt', evidence: '&id, updatedAt, reviewBy' },
  ],
};

interface Fixture {
  version: number;
  tables: Record<string, Array<Record<string, unknown>>>;
}

function fixture(version: number): Fixture {
  return JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../fixtures/db/v${version}.json`), 'utf8')) as Fixture;
}

async function seedOldDatabase(name: string, version: number): Promise<Fixture> {
  const data = fixture(version);
  expect(data.version).toBe(version);
  const old = new Dexie(name);
  SCHEMAS[version]!.forEach((stores, i) => old.version(i + 1).stores(stores));
  await old.open();
  expect(old.verno).toBe(version);
  for (const [table, rows] of Object.entries(data.tables)) await old.table(table).bulkAdd(rows);
  old.close();
  return data;
}

const opened: SvlDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('database upgrades from saved example databases', () => {
  it('has a fixture and a schema for every version before the current one', () => {
    for (let v = 1; v < DB_VERSION; v++) {
      expect(SCHEMAS[v], `schema for v${v}`).toBeDefined();
      expect(fixture(v).version).toBe(v);
    }
  });

  for (const version of [1, 2]) {
    it(`upgrades a version ${version} database without losing a row`, async () => {
      const name = `upgrade-v${version}-${Math.random()}`;
      const data = await seedOldDatabase(name, version);
      const db = new SvlDatabase(name);
      opened.push(db);
      await db.open();
      expect(db.verno).toBe(DB_VERSION);

      // Every row survives, with the same content.
      for (const table of ['tenders', 'questions', 'drafts', 'revisions']) {
        expect(await db.table(table).count(), table).toBe(data.tables[table]!.length);
      }
      for (const draft of data.tables.drafts!) {
        expect(await db.drafts.get(draft.key as string)).toMatchObject({ ...draft, deletedAt: 0, submittedAt: draft.submittedAt ?? 0 });
      }
      // New question fields are filled in.
      for (const question of await db.questions.toArray()) {
        expect(question.normalised).toBe(normaliseQuestion(question.text));
        expect(question.limit).toBeNull();
        expect(question.lastSeen).toBe(data.tables.tenders!.find((t) => t.id === question.tenderId)!.lastSeen);
      }
      // Evidence (v2) is kept.
      expect(await db.evidence.count()).toBe(data.tables.evidence?.length ?? 0);
      // The new [draftKey+savedAt] index works on old revisions, and the drafts still load and save through messages.
      const firstKey = data.tables.drafts![0]!.key as string;
      const viaIndex = await db.revisions.where('[draftKey+savedAt]').between([firstKey, Dexie.minKey], [firstKey, Dexie.maxKey]).toArray();
      expect(viaIndex.length).toBe(data.tables.revisions!.filter((r) => r.draftKey === firstKey).length);
      const loaded = await handleMessage(db, { type: 'draft:load', key: firstKey });
      expect(loaded).toMatchObject({ ok: true, draft: { text: data.tables.drafts![0]!.text } });
      const list = await handleMessage(db, { type: 'drafts:list' }, { extensionPage: true });
      expect(list.ok && list.drafts!.length).toBe(data.tables.drafts!.length);
    });
  }

  it('keeps submittedAt from v2 and the author on pack revisions', async () => {
    const name = `upgrade-v2b-${Math.random()}`;
    await seedOldDatabase(name, 2);
    const db = new SvlDatabase(name);
    opened.push(db);
    expect((await db.drafts.toArray())[0]!.submittedAt).toBe(1767398500000);
    expect((await db.revisions.get(7))!.author).toBe('Sam at Acme');
    expect((await db.tenders.toArray())[0]).toMatchObject({ buyer: 'Borough Council', deadline: '2027-02-14' });
  });
});

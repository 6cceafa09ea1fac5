import fs from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, SvlDatabase } from '@/lib/db';
import { MIGRATIONS } from '@/lib/db/migrations';
import { LEGACY_ORIGIN, normaliseQuestion, parseDraftKey } from '@/lib/drafts/key';
import { handleMessage } from '@/lib/messages/router';
import { saveDraft } from '@/lib/drafts/store';

/**
 * Every database version has a saved example (test/fixtures/db/vN.json). Each is written into a fake-indexeddb
 * database declared exactly as that version was (the migration files up to it), then opened with the current class.
 * The versions tested come from DB_VERSION and the migrations folder, so a new version is tested from its first day.
 */
const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../lib/db/migrations');
const VERSIONS = MIGRATIONS.map((m) => m.version);

/** The v4 key of a pre-v4 key: the origin of the draft's stored address goes after the portal. */
function v4Key(oldKey: string, url: string): string {
  const [portal, ...rest] = oldKey.split('|');
  return `${portal}|${new URL(url).origin}|${rest.join('|')}`;
}

interface Fixture {
  version: number;
  tables: Record<string, Array<Record<string, unknown>>>;
}

function fixture(version: number): Fixture {
  return JSON.parse(
    fs.readFileSync(path.resolve(import.meta.dirname, `../fixtures/db/v${version}.json`), 'utf8'),
  ) as Fixture;
}

async function seedOldDatabase(name: string, version: number): Promise<Fixture> {
  const data = fixture(version);
  expect(data.version).toBe(version);
  const old = new Dexie(name);
  for (const migration of MIGRATIONS.filter((m) => m.version <= version))
    old.version(migration.version).stores(migration.stores);
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
  it('has one migration file per version, in order, ending at DB_VERSION, and a saved database for each', () => {
    const files = fs
      .readdirSync(MIGRATIONS_DIR)
      .filter((f) => /^v\d{3}-.+\.ts$/.test(f))
      .sort();
    expect(files.map((f) => Number(f.slice(1, 4)))).toEqual(VERSIONS);
    expect(VERSIONS).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
    for (const v of VERSIONS) expect(fixture(v).version, `test/fixtures/db/v${v}.json`).toBe(v);
  });

  it.each(VERSIONS)(
    'upgrades the saved version %i database to the current version without losing a row or a text',
    async (version) => {
      const name = `upgrade-any-v${version}-${Math.random()}`;
      const data = await seedOldDatabase(name, version);
      const db = new SvlDatabase(name);
      opened.push(db);
      await db.open();
      expect(db.verno).toBe(DB_VERSION);
      for (const [table, rows] of Object.entries(data.tables))
        expect(await db.table(table).count(), table).toBe(rows.length);
      // Every text a user wrote is still there, with its dates (keys may move; text never does).
      const texts = (rows: ReadonlyArray<{ text?: unknown; updatedAt?: unknown; savedAt?: unknown }>) =>
        rows.map((r) => `${String(r.text)}@${String(r.updatedAt ?? r.savedAt)}`).sort();
      expect(texts(await db.drafts.toArray())).toEqual(texts(data.tables.drafts ?? []));
      expect(texts(await db.revisions.toArray())).toEqual(texts(data.tables.revisions ?? []));
      expect(await db.evidence.toArray()).toEqual(data.tables.evidence ?? []);
      // Every draft's revisions still point at a stored draft or keep their own legacy key.
      const keys = new Set((await db.drafts.toArray()).map((d) => d.key));
      for (const revision of await db.revisions.toArray())
        expect(keys.has(revision.draftKey) || revision.draftKey.includes('|legacy:|')).toBe(true);
    },
  );

  // Versions saved before v3 filled the question details and v4 added origins: check those fields one by one.
  for (const version of VERSIONS.filter((v) => v < 3)) {
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
        const key = v4Key(draft.key as string, draft.url as string);
        expect(await db.drafts.get(key)).toMatchObject({
          ...draft,
          key,
          tenderId: parseDraftKey(key)!.tenderId,
          deletedAt: 0,
          submittedAt: draft.submittedAt ?? 0,
        });
      }
      // New question fields are filled in.
      for (const question of await db.questions.toArray()) {
        expect(question.normalised).toBe(normaliseQuestion(question.text));
        expect(question.limit).toBeNull();
        const oldTenderId = question.tenderId
          .split('|')
          .filter((_, i) => i !== 1)
          .join('|');
        expect(question.lastSeen).toBe(data.tables.tenders!.find((t) => t.id === oldTenderId)!.lastSeen);
      }
      // Evidence (v2) is kept.
      expect(await db.evidence.count()).toBe(data.tables.evidence?.length ?? 0);
      // The new [draftKey+savedAt] index works on old revisions, and the drafts still load and save through messages.
      const firstKey = v4Key(data.tables.drafts![0]!.key as string, data.tables.drafts![0]!.url as string);
      const viaIndex = await db.revisions
        .where('[draftKey+savedAt]')
        .between([firstKey, Dexie.minKey], [firstKey, Dexie.maxKey])
        .toArray();
      expect(viaIndex.length).toBe(
        data.tables.revisions!.filter((r) => r.draftKey === data.tables.drafts![0]!.key).length,
      );
      const loaded = await handleMessage(
        db,
        { type: 'draft:load', key: firstKey },
        { url: data.tables.drafts![0]!.url as string },
      );
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

  it('moves version 3 drafts to origin keys without losing a row, a revision or a setting', async () => {
    const name = `upgrade-v3-${Math.random()}`;
    const data = await seedOldDatabase(name, 3);
    const db = new SvlDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    for (const table of ['tenders', 'questions', 'drafts', 'revisions', 'meta']) {
      expect(await db.table(table).count(), table).toBe(data.tables[table]!.length);
    }
    // Every draft's text, dates and deletion state are kept under its new key; a draft whose address is no URL
    // is kept under the legacy origin.
    const a = 'intend|https://council-a.intend.co.uk|T-100|1-abc';
    const legacy = `delta|${LEGACY_ORIGIN}|path:/respond/9|q-def`;
    expect(await db.drafts.get(a)).toMatchObject({
      ...data.tables.drafts![0],
      key: a,
      tenderId: 'intend|https://council-a.intend.co.uk|T-100',
    });
    expect(await db.drafts.get(legacy)).toMatchObject({
      ...data.tables.drafts![1],
      key: legacy,
      tenderId: `delta|${LEGACY_ORIGIN}|path:/respond/9`,
    });
    expect(await db.drafts.get('intend|T-100|1-abc')).toBeUndefined();
    // Revisions follow their draft (the orphan one too, under the legacy origin, with its author).
    expect((await db.revisions.get(1))!.draftKey).toBe(a);
    expect((await db.revisions.get(2))!.draftKey).toBe(legacy);
    expect(await db.revisions.get(3)).toMatchObject({
      draftKey: `jaggaer|${LEGACY_ORIGIN}|itt_5|2-zzz`,
      text: 'Orphan revision text.',
      author: 'Sam',
    });
    // Tenders and questions: same content, new ids; a tender with no draft is kept under the legacy origin.
    expect(await db.tenders.get('intend|https://council-a.intend.co.uk|T-100')).toMatchObject({
      ...data.tables.tenders![0],
      id: 'intend|https://council-a.intend.co.uk|T-100',
    });
    expect(await db.tenders.get(`jaggaer|${LEGACY_ORIGIN}|itt_5`)).toMatchObject({ title: 'Unvisited' });
    expect(await db.questions.get(a)).toMatchObject({
      ...data.tables.questions![0],
      fingerprint: a,
      tenderId: 'intend|https://council-a.intend.co.uk|T-100',
    });
    expect(await db.meta.get('retentionDays')).toEqual({ key: 'retentionDays', value: 90 });
    // The same tender reference and question on a sibling subdomain does not find this draft.
    const sibling = 'intend|https://council-b.intend.co.uk|T-100|1-abc';
    expect(
      await handleMessage(
        db,
        { type: 'draft:load', key: sibling, question: '1. Describe your social value offer' },
        { url: 'https://council-b.intend.co.uk/t' },
      ),
    ).toEqual({ ok: true, draft: null });
    expect(
      await handleMessage(db, { type: 'draft:load', key: a }, { url: 'https://council-a.intend.co.uk/t' }),
    ).toMatchObject({ ok: true, draft: { text: 'Council A answer: 12 apprentices.' } });
  });

  it('never replaces stored text without a revision (small edits share one rolling revision)', async () => {
    const db = new SvlDatabase(`save-${Math.random()}`);
    opened.push(db);
    const key = 'intend|https://council-a.intend.co.uk|T-1|1-abc';
    const draft = {
      key,
      portalId: 'intend',
      tenderRef: 'T-1',
      tenderTitle: null,
      question: '1. Q',
      url: 'https://council-a.intend.co.uk/t',
    };
    const save = (text: string, now: number) => saveDraft(db, { draft, text }, now);
    const texts = async () => (await db.revisions.where('draftKey').equals(key).toArray()).map((r) => r.text);
    const steps = [
      'Original answer, written by the supplier.',
      'Original answer, written by the supplier. More',
      'Original answer, written by the supplier. More words',
    ];
    for (const [i, text] of steps.entries()) {
      await save(text, 1_000 * (i + 1));
      // The text each save replaced is kept.
      if (i > 0) expect(await texts()).toContain(steps[i - 1]);
    }
    expect((await texts()).length).toBe(1);
    // A page overwriting the answer wholesale leaves the original as a revision too.
    await save('Forged text', 5_000);
    expect(await texts()).toContain(steps[2]);
    await save(steps[2]!, 6_000);
    expect((await db.drafts.get(key))!.text).toBe('Original answer, written by the supplier. More words');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DB_VERSION, SvlDatabase } from '@/lib/db';
import { LEGACY_ORIGIN, normaliseQuestion, parseDraftKey } from '@/lib/draft-key';
import { handleMessage } from '@/lib/messages/router';
import { saveDraft } from '@/lib/draft-store';

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
  3: [
    {
      tenders: '&id, portalId, lastSeen',
      questions: '&fingerprint, tenderId',
      drafts: '&key, tenderId, portalId, updatedAt',
      revisions: '++id, draftKey, savedAt',
    },
    { drafts: '&key, tenderId, portalId, updatedAt, submittedAt', evidence: '&id, updatedAt, reviewBy' },
    {
      questions: '&fingerprint, tenderId, normalised',
      drafts: '&key, tenderId, portalId, updatedAt, submittedAt, deletedAt',
      revisions: '++id, draftKey, savedAt, [draftKey+savedAt]',
      meta: '&key',
    },
  ],
};

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
        const oldTenderId = question.tenderId.split('|').filter((_, i) => i !== 1).join('|');
        expect(question.lastSeen).toBe(data.tables.tenders!.find((t) => t.id === oldTenderId)!.lastSeen);
      }
      // Evidence (v2) is kept.
      expect(await db.evidence.count()).toBe(data.tables.evidence?.length ?? 0);
      // The new [draftKey+savedAt] index works on old revisions, and the drafts still load and save through messages.
      const firstKey = v4Key(data.tables.drafts![0]!.key as string, data.tables.drafts![0]!.url as string);
      const viaIndex = await db.revisions.where('[draftKey+savedAt]').between([firstKey, Dexie.minKey], [firstKey, Dexie.maxKey]).toArray();
      expect(viaIndex.length).toBe(data.tables.revisions!.filter((r) => r.draftKey === data.tables.drafts![0]!.key).length);
      const loaded = await handleMessage(db, { type: 'draft:load', key: firstKey }, { url: data.tables.drafts![0]!.url as string });
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
    expect(await db.drafts.get(a)).toMatchObject({ ...data.tables.drafts![0], key: a, tenderId: 'intend|https://council-a.intend.co.uk|T-100' });
    expect(await db.drafts.get(legacy)).toMatchObject({ ...data.tables.drafts![1], key: legacy, tenderId: `delta|${LEGACY_ORIGIN}|path:/respond/9` });
    expect(await db.drafts.get('intend|T-100|1-abc')).toBeUndefined();
    // Revisions follow their draft (the orphan one too, under the legacy origin, with its author).
    expect((await db.revisions.get(1))!.draftKey).toBe(a);
    expect((await db.revisions.get(2))!.draftKey).toBe(legacy);
    expect(await db.revisions.get(3)).toMatchObject({ draftKey: `jaggaer|${LEGACY_ORIGIN}|itt_5|2-zzz`, text: 'Orphan revision text.', author: 'Sam' });
    // Tenders and questions: same content, new ids; a tender with no draft is kept under the legacy origin.
    expect(await db.tenders.get('intend|https://council-a.intend.co.uk|T-100')).toMatchObject({ ...data.tables.tenders![0], id: 'intend|https://council-a.intend.co.uk|T-100' });
    expect(await db.tenders.get(`jaggaer|${LEGACY_ORIGIN}|itt_5`)).toMatchObject({ title: 'Unvisited' });
    expect(await db.questions.get(a)).toMatchObject({ ...data.tables.questions![0], fingerprint: a, tenderId: 'intend|https://council-a.intend.co.uk|T-100' });
    expect(await db.meta.get('retentionDays')).toEqual({ key: 'retentionDays', value: 90 });
    // The same tender reference and question on a sibling subdomain does not find this draft.
    const sibling = 'intend|https://council-b.intend.co.uk|T-100|1-abc';
    expect(await handleMessage(db, { type: 'draft:load', key: sibling, question: '1. Describe your social value offer' }, { url: 'https://council-b.intend.co.uk/t' })).toEqual({ ok: true, draft: null });
    expect(await handleMessage(db, { type: 'draft:load', key: a }, { url: 'https://council-a.intend.co.uk/t' })).toMatchObject({ ok: true, draft: { text: 'Council A answer: 12 apprentices.' } });
  });

  it('never replaces stored text without a revision (small edits share one rolling revision)', async () => {
    const db = new SvlDatabase(`save-${Math.random()}`);
    opened.push(db);
    const key = 'intend|https://council-a.intend.co.uk|T-1|1-abc';
    const draft = { key, portalId: 'intend', tenderRef: 'T-1', tenderTitle: null, question: '1. Q', url: 'https://council-a.intend.co.uk/t' };
    const save = (text: string, now: number) => saveDraft(db, { draft, text }, now);
    const texts = async () => (await db.revisions.where('draftKey').equals(key).toArray()).map((r) => r.text);
    const steps = ['Original answer, written by the supplier.', 'Original answer, written by the supplier. More', 'Original answer, written by the supplier. More words'];
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

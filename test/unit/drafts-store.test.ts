import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SvlDatabase } from '@/lib/db';
import { handleMessage, type MessageContext } from '@/lib/messages/router';
import { runRetention } from '@/lib/drafts/admin';
import { DAY_MS } from '@/lib/drafts/retention';
import type { MessageType, Payload, ReplyData } from '@/lib/messages';

const question = 'Q2 Describe how you will create local jobs and apprenticeships during the contract.';
const identity = {
  key: 'jaggaer|itt_1|2-abc',
  portalId: 'jaggaer',
  tenderRef: 'itt_1',
  tenderTitle: 'Cloud hosting',
  question,
  url: 'https://x.bravosolution.co.uk/esop/',
};
const page: MessageContext = { extensionPage: true };

let db: SvlDatabase;
beforeEach(() => {
  db = new SvlDatabase(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

/** Answer a message the test expects to succeed (sender rules: messages-protocol.test.ts). */
async function ok<T extends MessageType>(
  raw: { type: T } & Payload<T>,
  context: MessageContext = page,
): Promise<{ ok: true } & ReplyData<T>> {
  const answer = await handleMessage(db, raw, context);
  if (!answer.ok) throw new Error(answer.error);
  return answer;
}

describe('two tabs on the same question', () => {
  it('says "conflict" when the stored text changed since this tab saw it, and keeps both texts', async () => {
    const first = await ok({ type: 'draft:save', draft: identity, text: 'Tab A text', baseUpdatedAt: null });
    expect(first.conflict).toBeUndefined();
    // Tab B loaded the same draft, then both type.
    const base = first.savedAt!;
    const a = await ok({ type: 'draft:save', draft: identity, text: 'Tab A, later', baseUpdatedAt: base });
    expect(a.conflict).toBeUndefined();
    const b = await ok({ type: 'draft:save', draft: identity, text: 'Tab B wrote this', baseUpdatedAt: base });
    expect(b.conflict).toBe(true);
    const revisions = await db.revisions.where('draftKey').equals(identity.key).toArray();
    expect(
      revisions
        .filter((r) => r.reason === 'conflict')
        .map((r) => r.text)
        .sort(),
    ).toEqual(['Tab A, later', 'Tab B wrote this']);
    expect((await db.drafts.get(identity.key))!.text).toBe('Tab B wrote this');
  });

  it('a tab that saw no draft conflicts with one another tab created; old clients without a base never do', async () => {
    await ok({ type: 'draft:save', draft: identity, text: 'From tab A' });
    expect((await ok({ type: 'draft:save', draft: identity, text: 'From tab B', baseUpdatedAt: null })).conflict).toBe(
      true,
    );
    expect((await ok({ type: 'draft:save', draft: identity, text: 'Old client' })).conflict).toBeUndefined();
  });
});

describe('fuzzy re-attachment on load', () => {
  it('finds a draft for a slightly reworded question on the same tender and says so', async () => {
    await ok({ type: 'draft:save', draft: identity, text: 'Our jobs answer' });
    const reworded = 'Q2 Please describe how you will create local jobs and apprenticeships during the contract.';
    const loaded = await ok({ type: 'draft:load', key: 'jaggaer|itt_1|2-new', question: reworded });
    expect(loaded.draft).toMatchObject({
      key: identity.key,
      text: 'Our jobs answer',
      match: { kind: 'fuzzy', fromKey: identity.key },
    });
    expect(loaded.draft!.match!.score).toBeGreaterThan(0.8);
    // Not on another tender, and not without the question text.
    expect((await ok({ type: 'draft:load', key: 'jaggaer|itt_2|2-new', question: reworded })).draft).toBeNull();
    expect((await ok({ type: 'draft:load', key: 'jaggaer|itt_1|2-new' })).draft).toBeNull();
  });

  it('finds drafts for this question on any portal when asked', async () => {
    await ok({ type: 'draft:save', draft: identity, text: 'Jaggaer answer' });
    await ok({
      type: 'draft:save',
      draft: {
        ...identity,
        key: 'delta|T9|1-x',
        portalId: 'delta',
        tenderRef: 'T9',
        question: 'Describe how you will create local jobs and apprenticeships.',
      },
      text: 'Delta answer',
    });
    await ok({
      type: 'draft:save',
      draft: { ...identity, key: 'delta|T9|3-y', question: 'Net zero plan?' },
      text: 'Other',
    });
    const found = await ok({ type: 'drafts:similar', question: 'How will you create local jobs and apprenticeships?' });
    expect(found.similar!.map((s) => s.key).sort()).toEqual(['delta|T9|1-x', identity.key].sort());
  });
});

describe('the drafts manager messages', () => {
  it('are refused from content scripts', async () => {
    for (const type of ['drafts:list', 'drafts:export']) {
      expect(await handleMessage(db, { type }, {})).toEqual({
        ok: false,
        error: 'Refused: only the drafts manager may do that.',
      });
    }
    expect(await handleMessage(db, { type: 'drafts:delete-all', confirm: 'delete everything' })).toMatchObject({
      ok: false,
    });
  });

  it('list, history, restore (current text kept first), mark submitted, delete and undo', async () => {
    await ok({ type: 'draft:save', draft: identity, text: 'Version one, a long and careful answer about local jobs.' });
    await ok({ type: 'draft:save', draft: identity, text: 'Short.' }); // large change: version one becomes a revision
    const list = await ok({ type: 'drafts:list' }, page);
    expect(list.drafts).toHaveLength(1);
    expect(list.drafts![0]).toMatchObject({ key: identity.key, preview: 'Short.', words: 1 });
    expect(list.tenders![0]).toMatchObject({ id: 'jaggaer|itt_1', title: 'Cloud hosting' });

    const history = await ok({ type: 'drafts:history', key: identity.key }, page);
    const old = history.revisions![0]!;
    expect(old.text).toMatch(/^Version one/);
    const restored = await ok({ type: 'drafts:restore', key: identity.key, revisionId: old.id }, page);
    expect(restored.detail!.text).toBe(old.text);
    const after = await ok({ type: 'drafts:history', key: identity.key }, page);
    expect(after.revisions!.map((r) => [r.reason, r.text])).toContainEqual(['before-restore', 'Short.']);

    await ok({ type: 'drafts:mark-submitted', key: identity.key, submitted: true }, page);
    expect((await ok({ type: 'drafts:list' }, page)).drafts![0]!.submittedAt).toBeGreaterThan(0);

    await ok({ type: 'drafts:delete', key: identity.key }, page);
    expect((await ok({ type: 'drafts:list' }, page)).drafts).toEqual([]);
    expect((await ok({ type: 'draft:load', key: identity.key })).draft).toBeNull();
    await ok({ type: 'drafts:undelete', key: identity.key }, page);
    expect((await ok({ type: 'drafts:list' }, page)).drafts).toHaveLength(1);
    expect(await handleMessage(db, { type: 'drafts:restore', key: identity.key, revisionId: 999 }, page)).toEqual({
      ok: false,
      error: 'That version is no longer stored.',
    });
  });

  it('lists a draft whose question is no longer on its tender page, and says so', async () => {
    const { questionMissing, MISSING_AFTER_MS } = await import('@/lib/drafts/admin');
    await ok({ type: 'draft:save', draft: identity, text: 'An answer to the old wording.' });
    expect((await ok({ type: 'drafts:list' }, page)).drafts![0]!.questionMissing).toBe(false);
    // Two hours later the tender's page is open again, but it shows only another question.
    const later = Date.now() + 2 * MISSING_AFTER_MS;
    await db.tenders.update('jaggaer|itt_1', { lastSeen: later });
    const listed = (await ok({ type: 'drafts:list' }, page)).drafts!;
    expect(listed).toHaveLength(1);
    expect(listed[0]!.questionMissing).toBe(true);
    expect(questionMissing(null, later)).toBe(false);
    expect(questionMissing(later - 1000, later)).toBe(false);
  });

  it('searches text and old versions, and the search sees new saves', async () => {
    await ok({ type: 'draft:save', draft: identity, text: 'Apprentices from the borough.' });
    expect((await ok({ type: 'drafts:search', query: 'borough' }, page)).hits).toEqual([
      { key: identity.key, in: 'text' },
    ]);
    await ok({ type: 'draft:save', draft: identity, text: 'Completely different words now, nothing kept at all.' });
    expect((await ok({ type: 'drafts:search', query: 'borough' }, page)).hits).toEqual([
      { key: identity.key, in: 'revision' },
    ]);
    expect((await ok({ type: 'drafts:search', query: 'zebra' }, page)).hits).toEqual([]);
  });

  it('exports everything as JSON and deletes everything only with the confirmation words', async () => {
    await ok({ type: 'draft:save', draft: identity, text: 'Answer' });
    const exported = (await ok({ type: 'drafts:export' }, page)).exported as { format: string; drafts: unknown[] };
    expect(exported.format).toBe('social-value-lens/drafts');
    expect(JSON.parse(JSON.stringify(exported)).drafts).toHaveLength(1);
    expect(await handleMessage(db, { type: 'drafts:delete-all', confirm: 'yes' }, page)).toMatchObject({ ok: false });
    await ok({ type: 'drafts:delete-all', confirm: 'delete everything' }, page);
    expect(await db.drafts.count()).toBe(0);
  });
});

describe('retention', () => {
  it('uses the configured days after the deadline, purges on startup and thins closed tenders', async () => {
    const now = Date.now();
    expect((await ok({ type: 'drafts:settings' }, page)).settings).toEqual({ retentionDays: 90 });
    expect((await ok({ type: 'drafts:settings', retentionDays: 10 }, page)).settings).toEqual({ retentionDays: 10 });
    const closed = new Date(now - 20 * DAY_MS).toISOString().slice(0, 10);
    const recent = new Date(now - 2 * DAY_MS).toISOString().slice(0, 10);
    await ok({ type: 'draft:save', draft: { ...identity, tenderDeadline: closed }, text: 'Old tender answer' });
    const other = { ...identity, key: 'jaggaer|itt_2|1-q', tenderRef: 'itt_2', tenderDeadline: recent };
    await ok({ type: 'draft:save', draft: other, text: 'Recent' });
    for (let i = 0; i < 3; i++)
      await db.revisions.add({ draftKey: other.key, text: `r${i}`, savedAt: now - 5 * DAY_MS + i, reason: 'periodic' });
    const removed = await runRetention(db, now);
    expect(removed).toEqual({ drafts: 1, revisions: 2 });
    expect((await db.drafts.toArray()).map((d) => d.key)).toEqual([other.key]);
    expect((await db.revisions.toArray()).map((r) => r.text)).toEqual(['r2']);
  });
});

describe('storage trouble', () => {
  it('keeps working when the database is deleted under us (Dexie reopens it)', async () => {
    await ok({ type: 'draft:save', draft: identity, text: 'before' });
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(db.name);
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
    expect((await ok({ type: 'draft:save', draft: identity, text: 'after' })).savedAt).toBeGreaterThan(0);
    expect((await ok({ type: 'draft:load', key: identity.key })).draft!.text).toBe('after');
  });
});

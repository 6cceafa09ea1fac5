import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SvlDatabase } from '@/lib/db';
import { handleMessage, isTrustedSender } from '@/lib/messages/router';
import { storageErrorMessage } from '@/lib/messages/errors';
import { snapshotReason, SNAPSHOT_INTERVAL_MS } from '@/lib/drafts/store';

const identity = {
  key: 'jaggaer|https://x.bravosolution.co.uk|itt_1|1-abc',
  portalId: 'jaggaer',
  tenderRef: 'itt_1',
  tenderTitle: 'Cloud hosting',
  question: 'Describe your social value commitment.',
  url: 'https://x.bravosolution.co.uk/esop/',
};

/** The content script on the page the draft belongs to. */
const tab = { url: identity.url };

let db: SvlDatabase;
beforeEach(() => {
  db = new SvlDatabase(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('the background message router and draft store', () => {
  it('saves a draft with its tender and question, and loads it back', async () => {
    const saved = await handleMessage(
      db,
      { type: 'draft:save', draft: identity, text: 'We will hire 4 apprentices.' },
      tab,
    );
    expect(saved.ok).toBe(true);
    const loaded = await handleMessage(db, { type: 'draft:load', key: identity.key }, tab);
    expect(loaded).toMatchObject({ ok: true, draft: { key: identity.key, text: 'We will hire 4 apprentices.' } });
    expect(await db.tenders.get('jaggaer|https://x.bravosolution.co.uk|itt_1')).toMatchObject({
      reference: 'itt_1',
      title: 'Cloud hosting',
    });
    expect(await db.questions.get(identity.key)).toMatchObject({ text: identity.question });
    expect(await handleMessage(db, { type: 'drafts:count' }, tab)).toEqual({ ok: true, count: 1 });
  });

  it('returns null for a question with no draft', async () => {
    expect(
      await handleMessage(db, { type: 'draft:load', key: 'jaggaer|https://x.bravosolution.co.uk|itt_1|9-none' }, tab),
    ).toEqual({ ok: true, draft: null });
  });

  it('rejects malformed messages without touching the database', async () => {
    for (const bad of [
      null,
      'draft:save',
      { type: 'draft:save' },
      { type: 'draft:save', draft: { key: '' }, text: 1 },
      { type: 'drop-tables' },
    ]) {
      expect(await handleMessage(db, bad)).toEqual({ ok: false, error: 'Unrecognised message.' });
    }
    expect(await db.drafts.count()).toBe(0);
  });

  it('keeps the old text as a revision when a save throws most of it away', async () => {
    const long = 'A careful answer about local jobs, training and apprenticeships. '.repeat(5);
    await handleMessage(db, { type: 'draft:save', draft: identity, text: long }, tab);
    await handleMessage(db, { type: 'draft:save', draft: identity, text: '' }, tab);
    const revisions = await db.revisions.where('draftKey').equals(identity.key).toArray();
    expect(revisions.map((r) => r.text)).toEqual([long]);
    expect(revisions[0]!.reason).toBe('large-change');
  });

  it('keeps a revision on request, ignoring empty text', async () => {
    await handleMessage(
      db,
      { type: 'draft:keep-revision', key: identity.key, text: 'typed before restore', reason: 'before-restore' },
      tab,
    );
    await handleMessage(
      db,
      { type: 'draft:keep-revision', key: identity.key, text: '   ', reason: 'before-restore' },
      tab,
    );
    expect((await db.revisions.toArray()).map((r) => r.text)).toEqual(['typed before restore']);
  });

  it('reports a storage failure in plain words instead of throwing', async () => {
    db.close();
    const answer = await handleMessage(db, { type: 'draft:save', draft: identity, text: 'x' }, tab);
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.error).toMatch(/kept in this tab/);
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    expect(storageErrorMessage(quota)).toMatch(/disk is full/);
  });
});

describe('revision policy', () => {
  const now = 10 * SNAPSHOT_INTERVAL_MS;
  it('snapshots large losses at once and small edits at most every few minutes', () => {
    const text = 'x'.repeat(300);
    expect(snapshotReason(text, 'x', now - 1000, now)).toBe('large-change');
    expect(snapshotReason(text, `${text}y`, now - 1000, now)).toBeNull();
    expect(snapshotReason(text, `${text}y`, now - SNAPSHOT_INTERVAL_MS, now)).toBe('periodic');
    expect(snapshotReason('', 'new text', null, now)).toBeNull();
    expect(snapshotReason(text, text, null, now)).toBeNull();
  });
});

describe('sender check', () => {
  const id = 'abcdefghijklmnop';
  const origin = `chrome-extension://${id}/`;
  it('accepts this extension’s content scripts and pages only', () => {
    expect(isTrustedSender({ id, tab: {} }, id, origin)).toBe(true);
    expect(isTrustedSender({ id, url: `${origin}popup.html` }, id, origin)).toBe(true);
    expect(isTrustedSender({ id: 'another-extension', tab: {} }, id, origin)).toBe(false);
    expect(isTrustedSender({ id, url: 'https://evil.example/' }, id, origin)).toBe(false);
    expect(isTrustedSender({}, id, origin)).toBe(false);
  });
});

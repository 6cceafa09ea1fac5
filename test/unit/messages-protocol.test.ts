import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SvlDatabase } from '@/lib/db';
import { createSend } from '@/lib/messages';
import { handleMessage, mayReach } from '@/lib/messages/router';
import { MESSAGES } from '@/lib/messages/table';

/**
 * Generated from the declaration table (lib/messages/table.ts): every declared message is checked, so a new
 * message is covered the day it is declared.
 */
const TYPES = Object.keys(MESSAGES) as Array<keyof typeof MESSAGES>;
const CONTENT = { url: 'https://www.find-tender.service.gov.uk/Notice/1' };
const PAGE = { extensionPage: true };

/**
 * The only messages a content script (a portal page, which a hostile script shares) may send. Adding one here is a
 * security decision: its answer reaches the page's process, so it must carry nothing of other tenders or the library.
 */
const CONTENT_REACHABLE = [
  'draft:save',
  'draft:load',
  'draft:keep-revision',
  'drafts:count',
  'evidence:list',
  'evidence:search',
  'sidepanel:open',
  'sidepanel:field',
  // Pure work on what the sender itself sent (its page's question wording, its user's own text): nothing stored is
  // read and nothing is kept (lib/messages/analysis.ts).
  'analysis:classify',
  'analysis:field',
  'analysis:check',
  // The settings and this origin's corrections (validated in the background), and the two writes a page's overlay
  // makes: a correction of one of its own origin's questions, the counting rules of its own portal.
  'page:setup',
  'page:correction',
  'page:count-rules',
];

let db: SvlDatabase;
beforeEach(() => {
  db = new SvlDatabase(`protocol-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

async function everything(database: SvlDatabase) {
  const tables = ['tenders', 'questions', 'drafts', 'revisions', 'evidence', 'meta'] as const;
  return Object.fromEntries(
    await Promise.all(tables.map(async (t) => [t, await database.table(t).toArray()] as const)),
  );
}

describe('the declared message protocol', () => {
  it('declares every message with a sender rule and a refusal in words', () => {
    expect(TYPES.length).toBeGreaterThan(20);
    for (const type of TYPES) {
      const declaration = MESSAGES[type];
      expect(['content', 'page', 'either'], type).toContain(declaration.from);
      if (declaration.from !== 'either') expect(declaration.refusal, type).toMatch(/^Refused/);
    }
  });

  it('lets a content script reach only the reviewed list; every manager, pack and library-write message is page-only', () => {
    const reachable = TYPES.filter((type) => mayReach(MESSAGES[type].from, 'content'));
    expect(reachable.sort()).toEqual([...CONTENT_REACHABLE].sort());
    for (const type of TYPES) {
      if (
        type.startsWith('pack:') ||
        (type.startsWith('drafts:') && type !== 'drafts:count') ||
        type === 'evidence:save' ||
        type === 'evidence:delete'
      ) {
        expect(MESSAGES[type].from, type).toBe('page');
      }
    }
  });

  it.each(TYPES.filter((type) => !CONTENT_REACHABLE.includes(type)))(
    'refuses %s from a content script, whatever it carries, and changes nothing',
    async (type) => {
      const before = await everything(db);
      for (const payload of [{}, { key: 'x', query: 'a', confirm: 'delete everything', file: '', item: {}, id: 'x' }]) {
        const answer = await handleMessage(db, { type, ...payload }, CONTENT);
        expect(answer).toEqual({ ok: false, error: MESSAGES[type].refusal });
      }
      expect(await everything(db)).toEqual(before);
    },
  );

  it.each(TYPES)(
    'validates %s: unknown fields and a wrong value in every field are refused without a write',
    async (type) => {
      const before = await everything(db);
      const sender = MESSAGES[type].from === 'content' ? CONTENT : PAGE;
      const junk: unknown[] = [
        { type, 'not-a-field': 1 },
        { type, __proto__: { polluted: true }, constructor: 'x' },
        ...Object.keys(MESSAGES[type].schema.shape).map((field) => ({
          type,
          [field]: { junk: [Number.POSITIVE_INFINITY, null] },
        })),
      ];
      for (const raw of junk) {
        const answer = await handleMessage(db, raw, sender);
        expect(answer.ok, JSON.stringify(raw)).toBe(false);
      }
      expect(await everything(db)).toEqual(before);
    },
  );

  it('refuses undeclared types and non-messages', async () => {
    for (const raw of [
      null,
      'draft:save',
      42,
      {},
      { type: 7 },
      { type: 'drop-tables' },
      { type: 'toString' },
      { type: '__proto__' },
    ]) {
      expect(await handleMessage(db, raw, PAGE)).toEqual({ ok: false, error: 'Unrecognised message.' });
    }
  });

  it('lets a content script name only drafts of its own tab’s origin', async () => {
    const draft = {
      key: 'find-tender|https://www.find-tender.service.gov.uk|T-1|1-abc',
      portalId: 'find-tender',
      tenderRef: 'T-1',
      tenderTitle: null,
      question: '1. Describe your social value offer.',
      url: CONTENT.url,
    };
    expect(await handleMessage(db, { type: 'draft:save', draft, text: 'Ours' }, CONTENT)).toMatchObject({ ok: true });
    const sibling = { url: 'https://evil.find-tender.service.gov.uk/Notice/1' };
    const refused = { ok: false, error: 'Refused: that draft belongs to another site.' };
    expect(await handleMessage(db, { type: 'draft:load', key: draft.key }, sibling)).toEqual(refused);
    expect(await handleMessage(db, { type: 'draft:save', draft, text: 'Theirs' }, sibling)).toEqual(refused);
    expect(
      await handleMessage(
        db,
        { type: 'draft:keep-revision', key: draft.key, text: 'x', reason: 'before-restore' },
        sibling,
      ),
    ).toEqual(refused);
    expect(await handleMessage(db, { type: 'draft:load', key: draft.key }, {})).toEqual(refused);
    expect((await db.drafts.get(draft.key))!.text).toBe('Ours');
  });
});

describe('the typed send', () => {
  it('puts the type on the payload and passes the declared reply through', async () => {
    const sent: unknown[] = [];
    const send = createSend(async (message) => {
      sent.push(message);
      return { ok: true, count: 3 };
    });
    const answer = await send('drafts:count');
    expect(sent).toEqual([{ type: 'drafts:count' }]);
    expect(answer.ok && answer.count).toBe(3);
    await send('draft:load', { key: 'k', type: 'drafts:export' } as never);
    expect(sent[1]).toEqual({ key: 'k', type: 'draft:load' });
  });

  it('turns a missing or malformed answer into a failure, and lets a transport failure reject', async () => {
    expect(await createSend(async () => undefined)('drafts:count')).toMatchObject({
      ok: false,
      error: /did not answer/,
    });
    expect(await createSend(async () => 'ok')('drafts:count')).toMatchObject({ ok: false });
    await expect(
      createSend(() => Promise.reject(new Error('Receiving end does not exist')))('drafts:count'),
    ).rejects.toThrow(/Receiving end/);
  });

  it('answers what the router answers, end to end', async () => {
    const send = createSend((message) => handleMessage(db, message, PAGE));
    expect(await send('drafts:list')).toEqual({ ok: true, tenders: [], drafts: [] });
    expect(await send('drafts:settings', { retentionDays: 30 })).toEqual({ ok: true, settings: { retentionDays: 30 } });
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { CORRECTIONS_KEY } from '@/lib/corrections';
import { SvlDatabase } from '@/lib/db';
import { draftKey } from '@/lib/drafts/key';
import type { BackgroundPlatform, LocalStore } from '@/lib/messages/define';
import { handleMessage, NO_PLATFORM } from '@/lib/messages/router';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '@/lib/settings';

/**
 * A portal page's content script gets its settings and its own origin's corrections from the background, validated
 * there (issue 14: the page's script carries no validator), and writes only its own corrections and its own portal's
 * counting rules, merged into what is stored.
 */
const ORIGIN = 'https://www.find-tender.service.gov.uk';
const CONTENT = { url: `${ORIGIN}/Notice/1`, tabId: 3, frameId: 0 };
const SIBLING = { url: 'https://tenders.find-tender.service.gov.uk/Notice/1', tabId: 4, frameId: 0 };

/** These handlers touch storage.local only: the database is never opened (checked at the end). */
const db = new SvlDatabase(`page-setup-${Math.random()}`);
afterAll(() => {
  expect(db.isOpen()).toBe(false);
});

/** storage.local in memory, copying values in and out as the browser's structured clone does. */
function memoryStore(initial: Record<string, unknown>): LocalStore & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(keys) {
      return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      // Let another request's read run between this write's read and write, as the real storage would.
      await new Promise((resolve) => setTimeout(resolve, 1));
      Object.assign(data, structuredClone(items));
    },
  };
}
const withStore = (local: LocalStore): BackgroundPlatform => ({ ...NO_PLATFORM, local });

const key = (origin: string, question: string) =>
  draftKey({ portalId: 'find-tender', origin, tenderRef: 'T-1', path: '/Notice/1', question });
const OWN = key(ORIGIN, 'Describe your social value commitments.');
const OTHER = key('https://tenders.find-tender.service.gov.uk', 'Describe your social value commitments.');
const CORRECTION = { themeId: 'climate', criterionIds: [], notSocialValue: false };

describe('page:setup', () => {
  it('answers the validated settings and only the corrections made on the sender’s origin', async () => {
    const store = memoryStore({
      [SETTINGS_KEY]: { category: 'cloud', paused: 'yes please', shortcut: 'Alt+Shift+L' },
      [CORRECTIONS_KEY]: { [OWN]: CORRECTION, [OTHER]: { ...CORRECTION, themeId: 'wellbeing' }, junk: 42 },
    });
    const reply = await handleMessage(db, { type: 'page:setup' }, CONTENT, withStore(store));
    expect(reply).toEqual({
      ok: true,
      // The malformed field falls back to its default; the rest is kept.
      settings: { ...DEFAULT_SETTINGS, category: 'cloud', shortcut: 'Alt+Shift+L' },
      corrections: { [OWN]: CORRECTION },
    });
  });

  it('answers the defaults when nothing is stored, and refuses an extension page', async () => {
    const store = memoryStore({});
    expect(await handleMessage(db, { type: 'page:setup' }, CONTENT, withStore(store))).toEqual({
      ok: true,
      settings: DEFAULT_SETTINGS,
      corrections: {},
    });
    const refused = await handleMessage(db, { type: 'page:setup' }, { extensionPage: true }, withStore(store));
    expect(refused.ok).toBe(false);
  });

  it('says so in plain words when storage cannot be read', async () => {
    const reply = await handleMessage(db, { type: 'page:setup' }, CONTENT, NO_PLATFORM);
    expect(reply).toEqual({ ok: false, error: 'Your settings could not be read or saved. Reload the page.' });
  });
});

describe('page:correction', () => {
  it('merges one correction of the sender’s own origin, keeping every other stored correction', async () => {
    const other = { ...CORRECTION, themeId: 'wellbeing' };
    const store = memoryStore({ [CORRECTIONS_KEY]: { [OTHER]: other } });
    const reply = await handleMessage(
      db,
      { type: 'page:correction', key: OWN, correction: CORRECTION },
      CONTENT,
      withStore(store),
    );
    expect(reply).toEqual({ ok: true });
    expect(store.data[CORRECTIONS_KEY]).toEqual({ [OTHER]: other, [OWN]: CORRECTION });
    await handleMessage(db, { type: 'page:correction', key: OWN, correction: null }, CONTENT, withStore(store));
    expect(store.data[CORRECTIONS_KEY]).toEqual({ [OTHER]: other });
  });

  it('refuses a key of another origin (a sibling subdomain) and changes nothing', async () => {
    const store = memoryStore({ [CORRECTIONS_KEY]: { [OTHER]: CORRECTION } });
    const reply = await handleMessage(
      db,
      { type: 'page:correction', key: OTHER, correction: null },
      CONTENT,
      withStore(store),
    );
    expect(reply).toEqual({ ok: false, error: 'Refused: that draft belongs to another site.' });
    expect(store.data[CORRECTIONS_KEY]).toEqual({ [OTHER]: CORRECTION });
  });

  it('refuses a correction that is not one (an unknown theme)', async () => {
    const store = memoryStore({});
    const reply = await handleMessage(
      db,
      { type: 'page:correction', key: OWN, correction: { ...CORRECTION, themeId: 'everything' } } as never,
      CONTENT,
      withStore(store),
    );
    expect(reply.ok).toBe(false);
    expect(store.data).toEqual({});
  });

  it('keeps both of two corrections sent at once from two tabs', async () => {
    const store = memoryStore({});
    const second = key(ORIGIN, 'How will you reduce carbon emissions?');
    const otherTab = { ...SIBLING, url: `${ORIGIN}/Notice/2` };
    await Promise.all([
      handleMessage(db, { type: 'page:correction', key: OWN, correction: CORRECTION }, CONTENT, withStore(store)),
      handleMessage(db, { type: 'page:correction', key: second, correction: CORRECTION }, otherTab, withStore(store)),
    ]);
    expect(Object.keys(store.data[CORRECTIONS_KEY] as object).sort()).toEqual([OWN, second].sort());
  });
});

describe('page:count-rules', () => {
  it('sets the counting rules of the sender’s own portal, keeping the rest of the settings', async () => {
    const store = memoryStore({ [SETTINGS_KEY]: { category: 'cloud', countRules: { delta: { words: 'word' } } } });
    const reply = await handleMessage(
      db,
      { type: 'page:count-rules', portalId: 'find-tender', words: 'tinymce', chars: 'chars-crlf' },
      CONTENT,
      withStore(store),
    );
    expect(reply).toEqual({ ok: true });
    expect(store.data[SETTINGS_KEY]).toEqual({
      ...DEFAULT_SETTINGS,
      category: 'cloud',
      countRules: { delta: { words: 'word' }, 'find-tender': { words: 'tinymce', chars: 'chars-crlf' } },
    });
  });

  it('refuses the rules of another portal and changes nothing', async () => {
    const store = memoryStore({ [SETTINGS_KEY]: { category: 'cloud' } });
    const reply = await handleMessage(
      db,
      { type: 'page:count-rules', portalId: 'delta', words: 'tinymce', chars: 'chars-crlf' },
      CONTENT,
      withStore(store),
    );
    expect(reply).toEqual({ ok: false, error: 'Refused: another portal.' });
    expect(store.data).toEqual({ [SETTINGS_KEY]: { category: 'cloud' } });
  });
});

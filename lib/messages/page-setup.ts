import { z } from 'zod';
import { CHAR_RULE_IDS, COUNT_RULE_IDS } from '../counting';
import { CORRECTIONS_KEY, correctionSchema, parseCorrections, type Corrections } from '../corrections';
import { parseDraftKey } from '../drafts/key';
import { portalForHost } from '../portals';
import { parseSettings, SETTINGS_KEY, type Settings } from '../settings';
import { addedSitePortal, siteOrigin } from '../sites';
import { answers, block, type SenderView } from './define';

/**
 * What a content script needs from the extension's storage, read and validated here (issue 14): a portal page's
 * script then carries no validator at all, and it sees only its own origin's corrections. Its two writes (a
 * correction of a question's theme, the counting rules for its portal) are merged into storage here, one at a time,
 * so a page never writes the user's settings or another site's corrections.
 */

/** Storage writes wait for the one before: a read-modify-write never loses another tab's change. */
let writes: Promise<unknown> = Promise.resolve();
function serialised<T>(work: () => Promise<T>): Promise<T> {
  const next = writes.then(work, work);
  writes = next.catch(() => undefined);
  return next;
}

/** The portal a content script runs for: its host's listed portal, or the site the user added. */
function senderPortalId(sender: SenderView): string | null {
  const origin = siteOrigin(sender.url);
  if (!origin) return null;
  return portalForHost(new URL(origin).hostname)?.id ?? addedSitePortal(origin).id;
}

export const PAGE_SETUP_MESSAGES = block(
  { refusal: 'Refused.', describeError: () => 'Your settings could not be read or saved. Reload the page.' },
  {
    /** The user's settings and the corrections made on this page's origin. */
    'page:setup': answers<{ settings: Settings; corrections: Corrections }>()({
      from: 'content',
      schema: z.strictObject({}),
      async handle(_message, { sender, platform }) {
        const stored = await platform.local.get([SETTINGS_KEY, CORRECTIONS_KEY]);
        const origin = siteOrigin(sender.url);
        const corrections = Object.fromEntries(
          Object.entries(parseCorrections(stored[CORRECTIONS_KEY])).filter(
            ([key]) => origin !== null && parseDraftKey(key)?.origin === origin,
          ),
        );
        return { ok: true, settings: parseSettings(stored[SETTINGS_KEY]), corrections };
      },
    }),
    /** Remember (or, with null, forget) the user's correction of one question on this page's origin. */
    'page:correction': answers()({
      from: 'content',
      schema: z.strictObject({ key: z.string().min(1).max(2_000), correction: z.nullable(correctionSchema) }),
      draftKeys: (message) => [message.key],
      handle: ({ key, correction }, { platform }) =>
        serialised(async () => {
          const next = parseCorrections((await platform.local.get([CORRECTIONS_KEY]))[CORRECTIONS_KEY]);
          if (correction) next[key] = correction;
          else delete next[key];
          await platform.local.set({ [CORRECTIONS_KEY]: next });
          return { ok: true as const };
        }),
    }),
    /** The counting rules the user chose for this page's portal. */
    'page:count-rules': answers()({
      from: 'content',
      schema: z.strictObject({
        portalId: z.string().min(1).max(100),
        words: z.enum(COUNT_RULE_IDS),
        chars: z.enum(CHAR_RULE_IDS),
      }),
      handle: ({ portalId, words, chars }, { sender, platform }) => {
        if (portalId !== senderPortalId(sender))
          return Promise.resolve({ ok: false, error: 'Refused: another portal.' });
        return serialised(async () => {
          const settings = parseSettings((await platform.local.get([SETTINGS_KEY]))[SETTINGS_KEY]);
          const countRules = { ...settings.countRules, [portalId]: { words, chars } };
          await platform.local.set({ [SETTINGS_KEY]: { ...settings, countRules } });
          return { ok: true as const };
        });
      },
    }),
  },
);

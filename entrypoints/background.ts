import { browser } from 'wxt/browser';
import { SvlDatabase } from '@/lib/db';
import { handleMessage, isExtensionPage, isTrustedSender, type MessageContext } from '@/lib/router';
import { runRetention } from '@/lib/drafts-admin';
import { handlePackMessage } from '@/lib/packs/handle';
import { handleSiteMessage } from '@/lib/site-registration';
import { watchToolbarIcon } from '@/lib/toolbar-icon-watch';

/**
 * Message handlers by area. Each validates its own messages with zod and answers `{ ok: false }` to anything
 * it does not recognise; the first handler that claims a message's type prefix gets it.
 */
type Answer = { ok: true } | { ok: false; error: string };
const HANDLERS: Array<{
  prefixes: string[];
  handle: (db: SvlDatabase, raw: unknown, context: MessageContext) => Promise<Answer>;
}> = [
  { prefixes: ['draft:', 'drafts:'], handle: handleMessage },
  { prefixes: ['pack:', 'evidence:'], handle: handlePackMessage },
  {
    prefixes: ['sites:'],
    handle: (_db, raw, context) =>
      context.extensionPage ? handleSiteMessage(raw) : Promise.resolve({ ok: false, error: 'Refused: extension pages only.' }),
  },
];

function route(db: SvlDatabase, raw: unknown, context: MessageContext): Promise<Answer> {
  const type = typeof raw === 'object' && raw !== null && 'type' in raw ? String(raw.type) : '';
  const handler = HANDLERS.find((h) => h.prefixes.some((prefix) => type.startsWith(prefix)));
  return handler ? handler.handle(db, raw, context) : Promise.resolve({ ok: false, error: 'Unrecognised message.' });
}

export default defineBackground(() => {
  const db = new SvlDatabase();
  const origin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (!isTrustedSender(sender, browser.runtime.id, origin)) {
      sendResponse({ ok: false, error: 'Refused: not from this extension.' });
      return false;
    }
    void route(db, raw, { extensionPage: isExtensionPage(sender, origin) }).then(sendResponse);
    return true; // sendResponse is called asynchronously
  });

  // Ask the browser not to evict drafts under storage pressure.
  void navigator.storage?.persist?.().catch(() => undefined);

  // Toolbar icon: blue on a portal page, grey where paused or not a portal (issue 16).
  watchToolbarIcon();

  // Retention: purge drafts past "keep N days after the deadline", thin revisions of closed tenders.
  void runRetention(db).catch(() => undefined);
});

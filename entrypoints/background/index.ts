import { browser } from 'wxt/browser';
import { SvlDatabase } from '@/lib/db';
import { handleMessage, isExtensionPage, isTrustedSender, type MessageContext } from '@/lib/router';
import { runRetention } from '@/lib/drafts-admin';
import { handlePackMessage } from '@/lib/packs/handle';
import { watchToolbarIcon } from './toolbar-icon-watch';
import { handleSidePanelMessage, isSidePanelMessage, openSidePanel, registerSidePanel } from './side-panel';
import { handleSiteMessage, type SiteRegistrationApi } from '@/lib/site-registration';

/** The extension API calls lib/site-registration.ts needs (lib/ does not import `wxt/browser`). */
const siteApi: SiteRegistrationApi = {
  storage: browser.storage,
  permissions: browser.permissions,
  scripting: browser.scripting,
  runInTab: (tabId, file) => browser.scripting.executeScript({ target: { tabId }, files: [file] }),
};
import { parseDraftKey, originOf } from '@/lib/draft-key';

/** Messages only the extension's own pages may send: their answers hold other tenders' drafts or library text. */
const EXTENSION_PAGES_ONLY = new Set(['drafts:similar', 'evidence:suggest']);

/**
 * A content script may only touch drafts of the page it runs in: every key it sends must carry its tab's origin
 * (a page on a sibling subdomain with a forged tender reference and question gets a different key, and the
 * background refuses any key of another origin).
 */
export function contentScriptRefusal(raw: unknown, senderUrl: string | undefined): string | null {
  const type = typeof raw === 'object' && raw !== null && 'type' in raw ? String(raw.type) : '';
  if (EXTENSION_PAGES_ONLY.has(type)) return 'Refused: extension pages only.';
  const origin = senderUrl ? originOf(senderUrl) : null;
  const keys: unknown[] = [];
  if (typeof raw === 'object' && raw !== null) {
    const message = raw as { key?: unknown; draft?: { key?: unknown } };
    if ('key' in message) keys.push(message.key);
    if (typeof message.draft === 'object' && message.draft !== null) keys.push(message.draft.key);
  }
  for (const key of keys) {
    if (typeof key !== 'string' || origin === null || parseDraftKey(key)?.origin !== origin) return 'Refused: that draft belongs to another site.';
  }
  return null;
}

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
      context.extensionPage ? handleSiteMessage(raw, siteApi) : Promise.resolve({ ok: false, error: 'Refused: extension pages only.' }),
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
    const extensionPage = isExtensionPage(sender, origin);
    if (isSidePanelMessage(raw)) {
      void handleSidePanelMessage(raw, sender, extensionPage).then(sendResponse);
      return true;
    }
    const refusal = extensionPage ? null : contentScriptRefusal(raw, sender.url);
    if (refusal) {
      sendResponse({ ok: false, error: refusal });
      return false;
    }
    void route(db, raw, { extensionPage }).then(sendResponse);
    return true; // sendResponse is called asynchronously
  });

  // The guidance shortcut is a browser command (a page cannot send it): tell the active tab's content script.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'open-guidance') return;
    // Open the side panel first, inside the command's gesture; the field falls back to its in-page panel without one.
    const opened = openSidePanel(tab);
    const send = (tabId: number | undefined) => {
      if (tabId !== undefined)
        void opened.then((sidePanel) => browser.tabs.sendMessage(tabId, { type: 'svl:command', command, sidePanel })).catch(() => undefined);
    };
    if (tab?.id !== undefined) send(tab.id);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => send(active?.id));
  });

  // Ask the browser not to evict drafts under storage pressure.
  void navigator.storage?.persist?.().catch(() => undefined);

  registerSidePanel();

  // Toolbar icon: blue on a portal page, grey where paused or not a portal (issue 16).
  watchToolbarIcon();

  // Retention: purge drafts past "keep N days after the deadline", thin revisions of closed tenders.
  void runRetention(db).catch(() => undefined);
});

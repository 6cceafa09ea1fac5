import { browser } from 'wxt/browser';
import { SvlDatabase } from '@/lib/db';
import { runRetention } from '@/lib/drafts/admin';
import type { BackgroundPlatform } from '@/lib/messages/define';
import { handleMessage, isExtensionPage, isTrustedSender } from '@/lib/messages/router';
import { forgetTab, openGuidancePanel } from '@/lib/messages/side-panel';
import { openSidePanel } from './side-panel';
import { watchToolbarIcon } from './toolbar-icon-watch';

/** The extension APIs message handlers use (lib/ does not import `wxt/browser`). */
const platform: BackgroundPlatform = {
  sites: {
    storage: browser.storage,
    permissions: browser.permissions,
    scripting: browser.scripting,
    runInTab: (tabId, file) => browser.scripting.executeScript({ target: { tabId }, files: [file] }),
  },
  local: browser.storage.local,
  openSidePanel,
  relayToFrame: (tabId, frameId, message) => browser.tabs.sendMessage(tabId, message, { frameId }),
  // runtime.sendMessage reaches the extension's own pages only, never a content script; nobody listening is fine.
  broadcast: (update) => void browser.runtime.sendMessage(update).catch(() => undefined),
};

export default defineBackground(() => {
  const db = new SvlDatabase();
  const origin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (!isTrustedSender(sender, browser.runtime.id, origin)) {
      sendResponse({ ok: false, error: 'Refused: not from this extension.' });
      return false;
    }
    // Who may send what, validation, and a content script's own-origin check: see lib/messages/router.ts.
    const context = isExtensionPage(sender, origin)
      ? { extensionPage: true }
      : { url: sender.url, tabId: sender.tab?.id, frameId: sender.frameId };
    void handleMessage(db, raw, context, platform).then(sendResponse);
    return true; // sendResponse is called asynchronously
  });

  // The guidance shortcut is a browser command (a page cannot send it): tell the active tab's content script.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'open-guidance') return;
    // Open the side panel first, inside the command's gesture; the field falls back to its in-page panel without one.
    const opened = openGuidancePanel(() => openSidePanel(tab?.id), platform.broadcast, true);
    const send = (tabId: number | undefined) => {
      if (tabId !== undefined)
        void opened
          .then((sidePanel) => browser.tabs.sendMessage(tabId, { type: 'svl:command', command, sidePanel }))
          .catch(() => undefined);
    };
    if (tab?.id !== undefined) send(tab.id);
    else void browser.tabs.query({ active: true, currentWindow: true }).then(([active]) => send(active?.id));
  });

  // Ask the browser not to evict drafts under storage pressure.
  void navigator.storage?.persist?.().catch(() => undefined);

  browser.tabs.onRemoved.addListener((tabId) => forgetTab(tabId));

  // Toolbar icon: blue on a portal page, grey where paused or not a portal (issue 16).
  watchToolbarIcon();

  // Retention: purge drafts past "keep N days after the deadline", thin revisions of closed tenders.
  void runRetention(db).catch(() => undefined);
});

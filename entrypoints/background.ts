import { browser } from 'wxt/browser';
import { SvlDatabase } from '@/lib/db';
import { handleMessage, isTrustedSender } from '@/lib/router';

export default defineBackground(() => {
  const db = new SvlDatabase();
  const origin = browser.runtime.getURL('/');

  browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
    if (!isTrustedSender(sender, browser.runtime.id, origin)) {
      sendResponse({ ok: false, error: 'Refused: not from this extension.' });
      return false;
    }
    void handleMessage(db, raw).then(sendResponse);
    return true; // sendResponse is called asynchronously
  });

  // Ask the browser not to evict drafts under storage pressure.
  void navigator.storage?.persist?.().catch(() => undefined);
});

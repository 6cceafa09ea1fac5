import { browser } from 'wxt/browser';
import { portalForHost, portalMatchPatterns } from '@/lib/portals';
import { isPortalEnabled, parseSettings, SETTINGS_KEY } from '@/lib/settings';
import { tabMessageSchema, type Message, type Response } from '@/lib/messages';
import { PageController } from './page';

export default defineContentScript({
  matches: portalMatchPatterns(),
  runAt: 'document_idle',
  async main(ctx) {
    const portal = portalForHost(location.hostname);
    if (!portal) return;
    const send = (message: Message) => browser.runtime.sendMessage(message) as Promise<Response>;
    let settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
    let page: PageController | null = null;

    const apply = () => {
      page?.stop();
      page = null;
      if (isPortalEnabled(settings, portal.id)) {
        page = new PageController(portal, settings, send);
        page.start();
      }
    };
    apply();

    browser.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && changes[SETTINGS_KEY] && ctx.isValid) {
        settings = parseSettings(changes[SETTINGS_KEY].newValue);
        apply();
      }
    });

    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id || !tabMessageSchema.safeParse(raw).success) return false;
      sendResponse(
        page?.status() ?? { portal: portal.name, fieldsFound: 0, socialValueFields: 0, paused: true },
      );
      return false;
    });

    ctx.onInvalidated(() => page?.stop());
  },
});

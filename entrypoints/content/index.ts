import { browser } from 'wxt/browser';
import { portalForHost, portalMatchPatterns } from '@/lib/portals';
import { isPortalEnabled, parseSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';
import { CORRECTIONS_KEY, parseCorrections, type Corrections } from '@/lib/corrections';
import { tabMessageSchema } from '@/lib/messages';
import { send } from '@/components/send';
import { addedSitePortal, siteOrigin } from '@/lib/sites';
import { PageController } from './page';
import { Announcer } from './announcer';

export default defineContentScript({
  matches: portalMatchPatterns(),
  runAt: 'document_idle',
  async main(ctx) {
    // Registered on an added site and also run into its open tab: run once per page.
    const flags = globalThis as { __svlStarted?: boolean };
    if (flags.__svlStarted) return;
    flags.__svlStarted = true;
    const stored = await browser.storage.local.get([SETTINGS_KEY, CORRECTIONS_KEY]);
    let settings: Settings = parseSettings(stored[SETTINGS_KEY]);
    const origin = siteOrigin(location.href);
    const portal =
      portalForHost(location.hostname) ??
      (origin && settings.extraSites.includes(origin) ? addedSitePortal(origin) : undefined);
    if (!portal) return;
    let corrections: Corrections = parseCorrections(stored[CORRECTIONS_KEY]);
    const announcer = new Announcer();
    let page: PageController | null = null;

    const apply = () => {
      page?.stop();
      page = null;
      if (!isPortalEnabled(settings, portal.id)) return;
      if (portal.id.startsWith('site-') && !settings.extraSites.includes(origin ?? '')) return;
      page = new PageController({
        portal,
        settings,
        corrections,
        announcer,
        send,
        saveCorrection(key, correction) {
          const next = { ...corrections };
          if (correction) next[key] = correction;
          else delete next[key];
          corrections = next;
          void browser.storage.local.set({ [CORRECTIONS_KEY]: next });
        },
        saveRules(portalId, words, chars) {
          settings = { ...settings, countRules: { ...settings.countRules, [portalId]: { words, chars } } };
          void browser.storage.local.set({ [SETTINGS_KEY]: settings });
        },
      });
      page.start();
    };
    apply();

    browser.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local' || !ctx.isValid || !changes[SETTINGS_KEY]) return;
      const next = parseSettings(changes[SETTINGS_KEY].newValue);
      // Our own rule change needs no restart; anything else (pause, portal switch, category) re-applies.
      const { countRules: _a, ...nextRest } = next;
      const { countRules: _b, ...currentRest } = settings;
      settings = next;
      if (JSON.stringify(nextRest) !== JSON.stringify(currentRest)) apply();
    });

    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id || !tabMessageSchema.safeParse(raw).success) return false;
      sendResponse(page?.status() ?? { portal: portal.name, fieldsFound: 0, socialValueFields: 0, paused: true });
      return false;
    });

    ctx.onInvalidated(() => page?.stop());
  },
});

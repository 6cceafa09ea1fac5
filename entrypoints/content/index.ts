import { browser } from 'wxt/browser';
import { portalForHost, portalMatchPatterns } from '@/lib/portals';
import { isPortalEnabled, SETTINGS_KEY, type Settings } from '@/lib/settings';
import type { Corrections } from '@/lib/corrections';
import { PAGE_STATUS_REQUEST } from '@/lib/messages';
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
    // Input before the page controller starts (the background's answer takes a moment): those fields' text is saved
    // when their sessions start. The controller keeps recording from then on.
    const typedBefore = new WeakSet<Element>();
    const early = new AbortController();
    document.addEventListener(
      'input',
      (event) => {
        const target = event.composedPath()[0];
        if (target instanceof Element) typedBefore.add(target);
      },
      { capture: true, signal: early.signal },
    );
    // Settings and this origin's corrections, validated by the background: the page's script carries no validator.
    const setup = await send('page:setup').catch(() => null);
    if (!setup?.ok) return early.abort();
    let settings: Settings = setup.settings;
    let corrections: Corrections = setup.corrections;
    const origin = siteOrigin(location.href);
    const portal =
      portalForHost(location.hostname) ??
      (origin && settings.extraSites.includes(origin) ? addedSitePortal(origin) : undefined);
    if (!portal) return early.abort();
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
        typedBefore,
        saveCorrection(key, correction) {
          const next = { ...corrections };
          if (correction) next[key] = correction;
          else delete next[key];
          corrections = next;
          void send('page:correction', { key, correction }).catch(() => undefined);
        },
        saveRules(portalId, words, chars) {
          settings = { ...settings, countRules: { ...settings.countRules, [portalId]: { words, chars } } };
          void send('page:count-rules', { portalId, words, chars }).catch(() => undefined);
        },
      });
      early.abort();
      page.start();
    };
    apply();

    browser.storage.onChanged.addListener(async (changes, area) => {
      if (area !== 'local' || !ctx.isValid || !changes[SETTINGS_KEY]) return;
      const reply = await send('page:setup').catch(() => null);
      if (!reply?.ok || !ctx.isValid) return;
      const next = reply.settings;
      // Our own rule change needs no restart; anything else (pause, portal switch, category) re-applies.
      const { countRules: _a, ...nextRest } = next;
      const { countRules: _b, ...currentRest } = settings;
      settings = next;
      if (JSON.stringify(nextRest) !== JSON.stringify(currentRest)) apply();
    });

    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
      if (sender.id !== browser.runtime.id || type !== PAGE_STATUS_REQUEST.type) return false;
      sendResponse(page?.status() ?? { portal: portal.name, fieldsFound: 0, socialValueFields: 0, paused: true });
      return false;
    });

    ctx.onInvalidated(() => page?.stop());
  },
});

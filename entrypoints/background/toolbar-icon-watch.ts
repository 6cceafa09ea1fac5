import { browser } from 'wxt/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';
import { TOOLBAR_ICON_PATHS, toolbarState } from '@/lib/toolbar-icon';

/**
 * Keep each tab's toolbar icon in step with its page: blue where Social Value Lens works, grey elsewhere or when
 * paused. Uses only what the background already sees: tab addresses on portal hosts (no "tabs" permission
 * needed; other addresses are hidden from us and count as idle) and the settings in storage.
 */
export function watchToolbarIcon(): void {
  const action = browser.action ?? browser.browserAction;
  if (!action?.setIcon) return;
  let settings: Promise<Settings> = read();

  function read(): Promise<Settings> {
    return browser.storage.local.get(SETTINGS_KEY).then((stored) => parseSettings(stored[SETTINGS_KEY]));
  }
  async function update(tabId: number, url: string | undefined): Promise<void> {
    const state = toolbarState(url, await settings);
    await action.setIcon({ tabId, path: TOOLBAR_ICON_PATHS[state] }).catch(() => undefined); // tab closed meanwhile
  }
  async function updateAll(): Promise<void> {
    for (const tab of await browser.tabs.query({})) if (tab.id !== undefined) await update(tab.id, tab.url);
  }

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status !== undefined) void update(tabId, tab.url);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    settings = read();
    void updateAll();
  });
  void updateAll().catch(() => undefined);
}

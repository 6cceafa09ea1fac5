import { parseSettings, SETTINGS_KEY } from './settings';
import { originPattern } from './sites';

/** The id of the one dynamic content-script registration that covers every site the user added. */
export const ADDED_SITES_SCRIPT_ID = 'svl-added-sites';
const CONTENT_SCRIPT = '/content-scripts/content.js';

/**
 * The part of the extension API this module uses, passed in by the background script (lib/ never imports
 * `wxt/browser`).
 */
export interface SiteRegistrationApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
  scripting: {
    getRegisteredContentScripts(filter: { ids: string[] }): Promise<unknown[]>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
    registerContentScripts(
      scripts: Array<{ id: string; matches: string[]; js: string[]; runAt: 'document_idle' }>,
    ): Promise<void>;
  };
  /** Run a script file in a tab now (`browser.scripting.executeScript`, whose overloads no narrow type matches). */
  runInTab(tabId: number, file: typeof CONTENT_SCRIPT): Promise<unknown>;
}

/**
 * Register the content script on every added site whose permission the browser has granted, and drop it from
 * sites that were removed or whose permission was revoked. With `tabId`, also run it in that tab now.
 */
export async function syncSites(
  browser: SiteRegistrationApi,
  tabId?: number,
): Promise<{ ok: true; sites: string[] } | { ok: false; error: string }> {
  try {
    const settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
    const granted: string[] = [];
    for (const origin of settings.extraSites) {
      if (await browser.permissions.contains({ origins: [originPattern(origin)] })) granted.push(origin);
    }
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] });
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] });
    if (granted.length) {
      await browser.scripting.registerContentScripts([
        {
          id: ADDED_SITES_SCRIPT_ID,
          matches: granted.map(originPattern),
          js: [CONTENT_SCRIPT],
          runAt: 'document_idle',
        },
      ]);
      if (tabId !== undefined) {
        await browser.runInTab(tabId, CONTENT_SCRIPT);
      }
    }
    return { ok: true, sites: granted };
  } catch (error) {
    return { ok: false, error: `Could not switch Social Value Lens on for this site (${String(error)}).` };
  }
}

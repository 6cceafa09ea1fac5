import { browser } from 'wxt/browser';
import { parseSettings, SETTINGS_KEY } from './settings';
import { originPattern, siteMessageSchema } from './sites';

/** The id of the one dynamic content-script registration that covers every site the user added. */
export const ADDED_SITES_SCRIPT_ID = 'svl-added-sites';
const CONTENT_SCRIPT = '/content-scripts/content.js';

/**
 * Register the content script on every added site whose permission the browser has granted, and drop it from
 * sites that were removed or whose permission was revoked. With `tabId`, also run it in that tab now.
 */
export async function handleSiteMessage(raw: unknown): Promise<{ ok: true; sites: string[] } | { ok: false; error: string }> {
  const parsed = siteMessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'Unrecognised message.' };
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
        { id: ADDED_SITES_SCRIPT_ID, matches: granted.map(originPattern), js: [CONTENT_SCRIPT], runAt: 'document_idle' },
      ]);
      if (parsed.data.tabId !== undefined) {
        await browser.scripting.executeScript({ target: { tabId: parsed.data.tabId }, files: [CONTENT_SCRIPT] });
      }
    }
    return { ok: true, sites: granted };
  } catch (error) {
    return { ok: false, error: `Could not switch Social Value Lens on for this site (${String(error)}).` };
  }
}

import { coverage } from './sites';
import { portalForHost } from './portals';
import { isPortalEnabled, type Settings } from './settings';

/**
 * The toolbar icon's two states: the blue lens where Social Value Lens is working on the page, the grey one
 * where it is paused, switched off for this portal, or the page is not a portal (or a site the user added).
 * The PNGs are rendered from assets/icon.svg at build time (assets/render-icons.ts).
 */
export type ToolbarState = 'active' | 'idle';

export const TOOLBAR_ICON_PATHS: Record<ToolbarState, Record<string, string>> = {
  active: { 16: '/icon/16.png', 32: '/icon/32.png', 48: '/icon/48.png' },
  idle: { 16: '/icon/idle-16.png', 32: '/icon/idle-32.png', 48: '/icon/idle-48.png' },
};

/** Which state a tab's address puts the toolbar icon in. An address the browser hides from us counts as idle. */
export function toolbarState(url: string | undefined, settings: Settings): ToolbarState {
  const covered = coverage(url, settings.extraSites);
  if (covered === 'added') return settings.paused ? 'idle' : 'active';
  if (covered !== 'portal') return 'idle';
  const portal = portalForHost(new URL(url!).hostname);
  return portal && isPortalEnabled(settings, portal.id) ? 'active' : 'idle';
}

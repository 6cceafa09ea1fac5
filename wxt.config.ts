import { defineConfig } from 'wxt';
import path from 'node:path';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { bundleStats } from './scripts/bench/bundle-stats';
import { writeIcons } from './assets/render-icons';

/** Manifest icon paths, generated from assets/icon.svg at build time (see the build:publicAssets hook). */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
const TOOLBAR_ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' };

/**
 * For the content script's build only: where the polyfill module aliased `wxt/browser` (WXT's own helpers import it
 * too), resolve the browser's native API object instead (`@wxt-dev/browser`: `browser` in Firefox, `chrome` in Chrome).
 */
function nativeBrowserApi(): Plugin {
  return {
    name: 'svl-native-browser-api',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === '@wxt-dev/webextension-polyfill/browser') return this.resolve('@wxt-dev/browser', importer);
    },
  };
}

// https://wxt.dev/api/config.html
export default defineConfig({
  // SVL_OUT_DIR lets several builds (parallel checkouts, benchmarks) live side by side; the default is .output.
  outDir: process.env.SVL_OUT_DIR ?? '.output',
  // Keep the polyfill: managed Chromium/Edge builds on public-sector machines predate native `browser` promises.
  modules: ['@wxt-dev/webextension-polyfill'],
  // SVL_BUNDLE_STATS=<dir>: also write each chunk's module sizes there (scripts/bench/bundle-size.bench.ts reads them).
  // SVL_NO_MINIFY=1: readable function names in CPU profiles (scripts/bench/profile-load.ts).
  vite: () => ({
    plugins: [preact(), ...(process.env.SVL_BUNDLE_STATS ? [bundleStats(process.env.SVL_BUNDLE_STATS)] : [])],
    ...(process.env.SVL_NO_MINIFY ? { build: { minify: false } } : {}),
  }),
  // The store listing's screenshots and tile, and test output, are not source: keep them out of the sources zip
  // Mozilla reviews.
  zip: { excludeSources: ['store/images/**', 'test-results/**', 'playwright-report/**'] },
  hooks: {
    // The content script runs on every portal page: it uses the browser's own promise-based API (Chrome 116+, the
    // manifest's minimum, and Firefox), not the polyfill's 22 kB and its proxies. Extension pages and the background
    // keep the polyfill. Its listeners answer with `sendResponse`, which both browsers support natively.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      config.plugins = [...(config.plugins ?? []), nativeBrowserApi()];
    },
    // The PNG sizes (and the grey "paused / not a portal" toolbar state) are rendered from the one SVG source.
    'build:publicAssets': (wxt, files) => {
      const dir = path.join(wxt.config.wxtDir, 'icons');
      for (const relativeDest of writeIcons(dir))
        files.push({ absoluteSrc: path.join(dir, relativeDest), relativeDest });
    },
  },
  manifest: ({ manifestVersion }) => ({
    name: 'Social Value Lens',
    description:
      'Social value guidance, portal-accurate word counts and drafts that are never lost, on UK e-tendering portals. Nothing leaves your browser.',
    // storage: settings. activeTab: the popup may read the current tab's address when you click it.
    // scripting: run the content script on a site you add with "Use on this site".
    // Host access comes from the portal match patterns; any other site only after you grant it (optional).
    icons: ICONS,
    // WXT turns `action` into MV2's browser_action but drops the icon there, so name both.
    // Chrome 116: the side panel opened from a user's click (sidePanel.open), and the native promise-based API the
    // content script uses (see the hook below).
    ...(manifestVersion === 3 ? { minimum_chrome_version: '116' } : {}),
    ...(manifestVersion === 3
      ? { action: { default_icon: TOOLBAR_ICONS, default_title: 'Social Value Lens' } }
      : { browser_action: { default_icon: TOOLBAR_ICONS, default_title: 'Social Value Lens' } }),
    permissions: ['storage', 'activeTab', 'scripting'],
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_permissions: ['https://*/*', 'http://*/*'] }),
    // The guidance shortcut is a browser command: the browser delivers it, a page's synthetic keydown cannot.
    commands: {
      'open-guidance': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: 'Open or close social value guidance for the focused field',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'social-value-lens@socialvaluelens.invalid', data_collection_permissions: { required: ['none'] } },
    },
  }),
});

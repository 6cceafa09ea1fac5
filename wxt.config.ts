import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// https://wxt.dev/api/config.html
export default defineConfig({
  // SVL_OUT_DIR lets several builds (parallel checkouts, benchmarks) live side by side; the default is .output.
  outDir: process.env.SVL_OUT_DIR ?? '.output',
  // Keep the polyfill: managed Chromium/Edge builds on public-sector machines predate native `browser` promises.
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ manifestVersion }) => ({
    name: 'Social Value Lens',
    description:
      'Social value guidance, portal-accurate word counts and drafts that are never lost, on UK e-tendering portals. Nothing leaves your browser.',
    // storage: settings. activeTab: the popup may read the current tab's address when you click it.
    // scripting: run the content script on a site you add with "Use on this site".
    // Host access comes from the portal match patterns; any other site only after you grant it (optional).
    permissions: ['storage', 'activeTab', 'scripting'],
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_permissions: ['https://*/*', 'http://*/*'] }),
    // The guidance shortcut is a browser command: the browser delivers it, a page's synthetic keydown cannot.
    commands: {
      'open-guidance': { suggested_key: { default: 'Alt+Shift+G' }, description: 'Open or close social value guidance for the focused field' },
    },
    browser_specific_settings: {
      gecko: { id: 'social-value-lens@socialvaluelens.invalid', data_collection_permissions: { required: ['none'] } },
    },
  }),
});

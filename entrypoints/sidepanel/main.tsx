import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DraftsManager } from '@/components/DraftsManager';
import { FieldGuidance, type FieldGuidanceServices } from '@/components/FieldGuidance';
import { send } from '@/components/send';
import { useSettings } from '@/components/use-settings';
import { sidePanelKeySchema, sidePanelUpdateSchema, unreachable } from '@/lib/messages';
import '@/components/extension-page.css';
import '@/components/DraftsManager.css';
import '@/components/FieldGuidance.css';

/**
 * Chrome's side panel (Firefox: the sidebar): guidance for the focused social value field, then the drafts manager
 * with a link to the full page. `?tabId=N` pins the guidance to one tab (when this page is opened in a tab).
 */
/** Sent by the background: runtime messages never come from a portal page, and a content script's carry its tab. */
const fromBackground = (sender: { id?: string; tab?: unknown }) =>
  sender.id === browser.runtime.id && sender.tab === undefined;

const services: FieldGuidanceServices = {
  send: (type, ...payload) => send(type, ...payload).catch(unreachable),
  onField(listener) {
    const handler = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
      if (!fromBackground(sender)) return undefined;
      const update = sidePanelUpdateSchema.safeParse(raw);
      if (update.success) listener(update.data.field);
      return undefined;
    };
    browser.runtime.onMessage.addListener(handler);
    return () => browser.runtime.onMessage.removeListener(handler);
  },
};

const pinned = Number(new URLSearchParams(location.search).get('tabId'));
const tabId = Number.isInteger(pinned) && pinned > 0 ? pinned : undefined;
// In the side panel (not a tab), closing it hands focus back to the page: Chrome closes its side panel with
// window.close(); Firefox's sidebar closes through sidebarAction (allowed inside the key or click handler). The guidance
// key pressed again while the panel is open brings the keyboard here; the press that opened the panel came before this
// page loaded, so opening leaves the cursor in the answer.
if (tabId === undefined) {
  services.returnToField = () => {
    const sidebar = (browser as { sidebarAction?: { close(): Promise<void> } }).sidebarAction;
    if (sidebar) void sidebar.close();
    else window.close();
  };
  const loadedAt = Date.now();
  browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string; tab?: unknown }) => {
    if (!fromBackground(sender)) return undefined;
    const key = sidePanelKeySchema.safeParse(raw);
    if (!key.success || key.data.at < loadedAt) return undefined;
    const heading = document.getElementById('svl-field-heading') ?? document.querySelector<HTMLElement>('h1, h2');
    window.focus();
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
    return undefined;
  });
}

function SidePanel() {
  const [settings] = useSettings();
  return (
    <>
      {settings && <FieldGuidance services={services} settings={settings} tabId={tabId} />}
      <DraftsManager send={send} compact fullPageUrl={browser.runtime.getURL('/drafts.html')} />
    </>
  );
}

render(<SidePanel />, document.getElementById('app')!);

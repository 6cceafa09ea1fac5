import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DraftsManager } from '@/components/DraftsManager';
import { FieldGuidance, type FieldGuidanceServices } from '@/components/FieldGuidance';
import { useSettings } from '@/components/use-settings';
import type { FocusedFieldAt, Message, Response } from '@/lib/messages';
import '@/components/extension-page.css';
import '@/components/DraftsManager.css';
import '@/components/FieldGuidance.css';

/**
 * Chrome's side panel (Firefox: the sidebar): guidance for the focused social value field, then the drafts manager
 * with a link to the full page. `?tabId=N` pins the guidance to one tab (when this page is opened in a tab).
 */
const send = (message: Message) => browser.runtime.sendMessage(message) as Promise<Response>;

const services: FieldGuidanceServices = {
  send: async (message) => {
    try {
      return ((await browser.runtime.sendMessage(message)) as { ok: boolean; error?: string }) ?? { ok: false, error: 'No answer.' };
    } catch (error) {
      return { ok: false, error: `The extension could not be reached (${error instanceof Error ? error.message : 'unknown error'}).` };
    }
  },
  onField(listener) {
    // Only the background sends these (runtime messages never come from a portal page).
    const handler = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id !== browser.runtime.id || sender.tab !== undefined) return undefined;
      const message = raw as { type?: unknown; field?: FocusedFieldAt };
      if (message?.type === 'sidepanel:update' && message.field) listener(message.field);
      return undefined;
    };
    browser.runtime.onMessage.addListener(handler);
    return () => browser.runtime.onMessage.removeListener(handler);
  },
};

const pinned = Number(new URLSearchParams(location.search).get('tabId'));
const tabId = Number.isInteger(pinned) && pinned > 0 ? pinned : undefined;

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

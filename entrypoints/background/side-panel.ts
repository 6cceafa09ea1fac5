import { browser } from 'wxt/browser';
import { originOf, parseDraftKey } from '@/lib/draft-key';
import {
  fieldAdjustRelaySchema,
  fieldInsertSchema,
  SIDE_PANEL_FROM_CONTENT,
  sidePanelMessageSchema,
  type FocusedFieldAt,
  type SidePanelUpdate,
} from '@/lib/messages';

/**
 * Guidance beside the page (issue 13). Content scripts describe their focused social value field; the side panel
 * (an extension page) shows it with the evidence library, similar drafts and history, and asks for text to be
 * inserted on the user's click. Only the background relays that insert, to the tab and frame the field was
 * described from. A content script can never ask for an insert, nor for another tab's field.
 */
type Answer = { ok: true; field?: FocusedFieldAt | null; opened?: boolean } | { ok: false; error: string };
interface Sender {
  tab?: { id?: number; windowId?: number };
  frameId?: number;
  url?: string;
}

/** The field focused last in each tab (in memory: a restarted worker learns it again on the next focus or edit). */
const byTab = new Map<number, FocusedFieldAt>();
let latest: FocusedFieldAt | null = null;

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setPanelBehavior?(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}
const sidePanelApi = () => (globalThis as unknown as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
const sidebarApi = () => (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;

/**
 * Open the side panel (Chrome) or sidebar (Firefox) for a tab. Must be called inside the user's gesture (a browser
 * command, or a message sent from a trusted click): no awaiting before it. Resolves false where it cannot open.
 */
export function openSidePanel(tab: { id?: number; windowId?: number } | undefined): Promise<boolean> {
  try {
    const chromePanel = sidePanelApi();
    if (chromePanel && tab?.id !== undefined) return chromePanel.open({ tabId: tab.id }).then(() => true, () => false);
    const sidebar = sidebarApi();
    if (sidebar) return sidebar.open().then(() => true, () => false);
  } catch {
    // Outside a user gesture the call throws synchronously in some versions.
  }
  return Promise.resolve(false);
}

/** Tell open side panels (extension pages only: runtime.sendMessage never reaches content scripts). */
function broadcast(field: FocusedFieldAt): void {
  const update: SidePanelUpdate = { type: 'sidepanel:update', field };
  void browser.runtime.sendMessage(update).catch(() => undefined); // no side panel open: nobody listens
}

export async function handleSidePanelMessage(raw: unknown, sender: Sender, extensionPage: boolean): Promise<Answer> {
  const parsed = sidePanelMessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'Unrecognised message.' };
  const message = parsed.data;
  if (!extensionPage && !SIDE_PANEL_FROM_CONTENT.has(message.type)) return { ok: false, error: 'Refused: extension pages only.' };
  if (extensionPage && SIDE_PANEL_FROM_CONTENT.has(message.type)) return { ok: false, error: 'Refused: content scripts only.' };
  switch (message.type) {
    case 'sidepanel:open':
      // Called synchronously from the listener, still inside the click's gesture.
      return { ok: true, opened: await openSidePanel(sender.tab) };
    case 'sidepanel:field': {
      const tabId = sender.tab?.id;
      const origin = sender.url ? originOf(sender.url) : null;
      if (tabId === undefined || origin === null || parseDraftKey(message.field.key)?.origin !== origin) {
        return { ok: false, error: 'Refused: that field belongs to another site.' };
      }
      const field: FocusedFieldAt = { ...message.field, tabId, frameId: sender.frameId ?? 0, at: Date.now() };
      byTab.set(tabId, field);
      latest = field;
      broadcast(field);
      return { ok: true };
    }
    case 'sidepanel:current':
      return { ok: true, field: (message.tabId !== undefined ? byTab.get(message.tabId) : undefined) ?? latest };
    case 'sidepanel:insert':
    case 'sidepanel:adjust': {
      // Only into the field the side panel was shown, in the tab and frame it was described from.
      const known = byTab.get(message.tabId);
      if (!known || known.frameId !== message.frameId || known.fieldId !== message.fieldId || known.key !== message.key) {
        return { ok: false, error: 'That field is no longer on the page. Click in the answer box and try again.' };
      }
      const target = { fieldId: message.fieldId, key: message.key };
      const relay =
        message.type === 'sidepanel:insert'
          ? fieldInsertSchema.parse({ type: 'svl:insert', ...target, text: message.text, mode: message.mode, reason: message.reason })
          : fieldAdjustRelaySchema.parse({ type: 'svl:adjust', ...target, adjust: message.adjust });
      try {
        const answer = (await browser.tabs.sendMessage(message.tabId, relay, { frameId: message.frameId })) as Answer | undefined;
        return answer ?? { ok: false, error: 'The page did not answer. Reload it and try again.' };
      } catch {
        return { ok: false, error: 'The page is not reachable. Reload it and try again.' };
      }
    }
  }
}

/** Forget a closed tab's field. The browser command opens the side panel (inside the command's gesture). */
export function registerSidePanel(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    byTab.delete(tabId);
    if (latest?.tabId === tabId) latest = null;
  });
}

export function isSidePanelMessage(raw: unknown): boolean {
  return typeof raw === 'object' && raw !== null && String((raw as { type?: unknown }).type).startsWith('sidepanel:');
}

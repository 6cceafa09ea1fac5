import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}
const sidePanelApi = () => (globalThis as unknown as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
const sidebarApi = () => (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;

/**
 * Open the side panel (Chrome) or sidebar (Firefox) for a tab. Must be called inside the user's gesture (a browser
 * command, or a message sent from a trusted click): nothing may be awaited before it. Rejects where it cannot open.
 */
export function openSidePanel(tabId: number | undefined): Promise<void> {
  try {
    const chromePanel = sidePanelApi();
    if (chromePanel && tabId !== undefined) return chromePanel.open({ tabId });
    const sidebar = sidebarApi();
    if (sidebar) return sidebar.open();
  } catch (error) {
    // Outside a user gesture the call throws synchronously in some versions.
    return Promise.reject(error);
  }
  return Promise.reject(new Error('no side panel'));
}

import { z } from 'zod';
import { answers, block } from './define';

/** The browser's side panel (Chrome), which holds what the page must not see: drafts, library, similar questions. */
export const SIDE_PANEL_MESSAGES = block(
  { refusal: 'Refused: only a portal page may do that.' },
  {
    /** Asked from the guidance panel's button (a trusted click): open the side panel beside the sender's tab. */
    'sidepanel:open': answers()({
      from: 'content',
      schema: z.strictObject({}),
      async handle(_m, { sender, platform }) {
        // Called synchronously from the listener: the browser only opens the panel inside the user's gesture.
        const opened = sender.tabId === undefined ? Promise.reject(new Error('no tab')) : platform.openSidePanel(sender.tabId);
        return opened.then(
          () => ({ ok: true }) as const,
          () => ({ ok: false, error: 'Open Social Value Lens from the toolbar to see the side panel.' }) as const,
        );
      },
    }),
  },
);

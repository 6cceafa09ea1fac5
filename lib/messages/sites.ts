import { z } from 'zod';
import { syncSites } from '../site-registration';
import { answers, block } from './define';

/** Sites the user added with "Use on this site" (the popup asks; the background registers the content script). */
export const SITE_MESSAGES = block(
  { refusal: 'Refused: extension pages only.' },
  {
    /** Register the content script on every added site whose permission is granted (and run it in `tabId` now). */
    'sites:sync': answers<{ sites: string[] }>()({
      from: 'page',
      schema: z.strictObject({ tabId: z.number().int().nonnegative().optional() }),
      handle: (m, { platform }) => syncSites(platform.sites, m.tabId),
    }),
  },
);

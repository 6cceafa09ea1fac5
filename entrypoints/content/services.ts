import type { Correction, Corrections } from '@/lib/corrections';
import type { CharRuleId, CountRuleId } from '@/lib/counting';
import type { Send } from '@/lib/messages';
import type { Portal } from '@/lib/portals';
import type { Settings } from '@/lib/settings';
import type { Announcer } from './announcer';

/** What every session on a page shares: the portal, the user's settings and how to reach the background. */
export interface PageServices {
  portal: Portal;
  settings: Settings;
  corrections: Corrections;
  announcer: Announcer;
  /** The typed `send` (components/send.ts). */
  send: Send;
  saveCorrection: (key: string, correction: Correction | null) => void;
  saveRules: (portalId: string, words: CountRuleId, chars: CharRuleId) => void;
  /** Fields with input before their session started, recorded from the content script's first moment. */
  typedBefore: WeakSet<Element>;
  /** Ask for every overlay to be placed on the next frame, reads before writes (set by the page controller). */
  requestPlacement?: () => void;
}

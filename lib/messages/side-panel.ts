import { z } from 'zod';
import { answers, block, type BackgroundPlatform } from './define';
import {
  fieldAdjustSchema,
  fieldTargetSchema,
  focusedFieldSchema,
  insertModeSchema,
  relayReplySchema,
  revisionReasonSchema,
  type FieldRelay,
  type FocusedFieldAt,
} from './side-panel-views';

/**
 * Guidance beside the page (the browser's side panel, an extension page the portal cannot read or script). Content
 * scripts describe their focused social value field; the side panel shows it with the evidence library, similar
 * drafts and history, and on the user's click asks for text to be inserted or a choice applied. Only the background
 * relays that, to the tab and frame the field was described from; a content script can never ask for an insert, nor
 * see another tab's field.
 */

/**
 * Open the side panel (calls `open` at once: the browser opens it only inside the user's gesture). `byKey`: the
 * guidance key, so a panel that was already open takes the keyboard: it is told when the key was pressed, and a panel
 * that loads after that (the one this press opens) ignores it. Resolves whether a panel opened.
 */
export function openGuidancePanel(
  open: () => Promise<void>,
  broadcast: BackgroundPlatform['broadcast'],
  byKey: boolean,
): Promise<boolean> {
  const at = Date.now();
  return open().then(
    () => {
      if (byKey) broadcast({ type: 'sidepanel:key', at });
      return true;
    },
    () => false,
  );
}

/** The field focused last in each tab (in memory: a restarted worker learns it again on the next focus or edit). */
const byTab = new Map<number, FocusedFieldAt>();
let latest: FocusedFieldAt | null = null;

/** Forget a closed tab's field (the background calls this from tabs.onRemoved). */
export function forgetTab(tabId: number): void {
  byTab.delete(tabId);
  if (latest?.tabId === tabId) latest = null;
}

const GONE = 'That field is no longer on the page. Click in the answer box and try again.';

export const SIDE_PANEL_MESSAGES = block(
  { refusal: 'Refused: extension pages only.' },
  {
    /**
     * A trusted click on the field's badge or the guidance key in the field: open the side panel beside the sender's
     * tab. With `key`, a panel that was already open takes the keyboard (`sidepanel:key`); one this opens does not.
     */
    'sidepanel:open': answers<{ opened: boolean }>()({
      from: 'content',
      refusal: 'Refused: only a portal page may do that.',
      schema: z.strictObject({ key: z.optional(z.literal(true)) }),
      handle({ key }, { sender, platform }) {
        // Called synchronously from the listener: the browser only opens the panel inside the user's gesture.
        const { tabId } = sender;
        const open = () => (tabId === undefined ? Promise.reject(new Error('no tab')) : platform.openSidePanel(tabId));
        return openGuidancePanel(open, platform.broadcast, key === true).then(
          (opened) => ({ ok: true, opened }) as const,
        );
      },
    }),
    /** This field has focus, or its text changed (debounced). Only the sender's own origin's draft key. */
    'sidepanel:field': answers()({
      from: 'content',
      refusal: 'Refused: only a portal page may do that.',
      schema: z.strictObject({ field: focusedFieldSchema }),
      draftKeys: (m) => [m.field.key],
      async handle({ field }, { sender, platform }) {
        if (sender.tabId === undefined) return { ok: false, error: 'Refused: not from a tab.' };
        const at: FocusedFieldAt = { ...field, tabId: sender.tabId, frameId: sender.frameId ?? 0, at: Date.now() };
        byTab.set(sender.tabId, at);
        latest = at;
        platform.broadcast({ type: 'sidepanel:update', field: at });
        return { ok: true };
      },
    }),
    /** The field to show: that tab's, or the last one focused anywhere. */
    'sidepanel:current': answers<{ field: FocusedFieldAt | null }>()({
      from: 'page',
      schema: z.strictObject({ tabId: z.number().int().nonnegative().optional() }),
      async handle({ tabId }) {
        return { ok: true, field: (tabId !== undefined ? byTab.get(tabId) : undefined) ?? latest };
      },
    }),
    /** On the user's click in the side panel: put text into the field (a revision of what was there is kept first). */
    'sidepanel:insert': answers()({
      from: 'page',
      schema: z.strictObject({
        ...fieldTargetSchema.shape,
        text: z.string().max(1_000_000),
        mode: insertModeSchema,
        reason: revisionReasonSchema,
      }),
      handle({ tabId, frameId, fieldId, key, text, mode, reason }, { platform }) {
        return relay(
          platform.relayToFrame,
          { tabId, frameId, fieldId, key },
          { type: 'svl:insert', fieldId, key, text, mode, reason },
        );
      },
    }),
    /** On the user's choice in the side panel: correct what the question is about, or count as the portal counts. */
    'sidepanel:adjust': answers()({
      from: 'page',
      schema: z.strictObject({ ...fieldTargetSchema.shape, adjust: fieldAdjustSchema }),
      handle({ tabId, frameId, fieldId, key, adjust }, { platform }) {
        return relay(
          platform.relayToFrame,
          { tabId, frameId, fieldId, key },
          { type: 'svl:adjust', fieldId, key, adjust },
        );
      },
    }),
  },
);

/** Relay to the field only if it is the one the side panel was shown, in the tab and frame it was described from. */
async function relay(
  send: (tabId: number, frameId: number, message: FieldRelay) => Promise<unknown>,
  target: z.infer<typeof fieldTargetSchema>,
  message: FieldRelay,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const known = byTab.get(target.tabId);
  if (!known || known.frameId !== target.frameId || known.fieldId !== target.fieldId || known.key !== target.key) {
    return { ok: false, error: GONE };
  }
  let answer: unknown;
  try {
    answer = await send(target.tabId, target.frameId, message);
  } catch {
    return { ok: false, error: 'The page is not reachable. Reload it and try again.' };
  }
  const parsed = relayReplySchema.safeParse(answer);
  return parsed.success ? parsed.data : { ok: false, error: 'The page did not answer. Reload it and try again.' };
}

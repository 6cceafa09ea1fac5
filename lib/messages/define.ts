import type { z } from 'zod';
import type { SvlDatabase } from '../db';
import type { SiteRegistrationApi } from '../site-registration';
import type { FieldRelay, SidePanelKey, SidePanelUpdate } from './side-panel-views';

/**
 * The shape of one declared message: what it carries (a zod schema), who may send it, what it answers and the
 * function that answers it. Every message the background accepts is one entry in a block of these
 * (`drafts.ts`, `packs.ts`, `sites.ts`, `side-panel.ts`), gathered in `table.ts`; the router, the typed `send`
 * and the tests are derived from that table.
 */

/** Who may send a message: a content script in a portal tab, one of the extension's own pages, or either. */
export type From = 'content' | 'page' | 'either';

export type Failure = { ok: false; error: string };
/** What every message answers: `{ ok: true, ...data }` or `{ ok: false, error }` in plain words. */
export type Reply<D extends object> = ({ ok: true } & D) | Failure;
/** A reply with no data beyond `ok`. */
export type Empty = Record<never, never>;

/** Who sent a message, as the background established it (never taken from the message itself). */
export interface SenderView {
  from: 'content' | 'page';
  /** The sending tab's address (content scripts). */
  url?: string;
  /** The sending tab (content scripts). */
  tabId?: number;
  /** The sending frame in that tab (content scripts; 0 is the top frame). */
  frameId?: number;
}

/**
 * What a handler may use besides the database: extension APIs the background passes in (lib/ never imports
 * `wxt/browser`). A block whose handlers need more of the browser adds a member here and the background fills it.
 */
/** The extension's storage.local area, as the background passes it in (keys in, values out, unvalidated). */
export interface LocalStore {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface BackgroundPlatform {
  sites: SiteRegistrationApi;
  /** Settings and corrections (lib/settings.ts, lib/corrections.ts), for the messages that read or merge them. */
  local: LocalStore;
  /** Open the browser's side panel for a tab; rejects where there is none. Called in the sender's user gesture. */
  openSidePanel(tabId: number): Promise<void>;
  /** Send a relayed insert or adjust to the content script of one tab and frame; resolves with its answer. */
  relayToFrame(tabId: number, frameId: number, message: FieldRelay): Promise<unknown>;
  /**
   * Tell the extension's open pages (the side panel) that the focused field changed, or that the guidance key was
   * pressed; never reaches a portal page.
   */
  broadcast(update: SidePanelUpdate | SidePanelKey): void;
}

export interface HandlerContext {
  db: SvlDatabase;
  sender: SenderView;
  platform: BackgroundPlatform;
}

/** A message's payload (everything but `type`): always a strict object, so unknown fields are refused. */
export type PayloadSchema = z.ZodObject;

export interface Declaration<S extends PayloadSchema, D extends object> {
  from: From;
  schema: S;
  /** The answer to a sender that may not send this message. */
  refusal?: string;
  /**
   * Draft keys the message names. A content script may only name keys of its own tab's origin: a page elsewhere,
   * even on a sibling subdomain, never reads or writes another origin's draft.
   */
  draftKeys?(message: z.output<S>): string[];
  /** Answer the message. May throw: the error becomes `{ ok: false, error: describeError(error) }`. */
  handle(message: z.output<S>, context: HandlerContext): Promise<Reply<D>>;
  /** Words for an error the handler threw (defaults to the storage wording in `router.ts`). */
  describeError?(error: unknown): string;
}

/** Any declaration, as the router sees it. */
// biome-ignore lint/suspicious/noExplicitAny: the router handles every declaration through the same validated path.
export type AnyDeclaration = Declaration<PayloadSchema, any>;

/**
 * Declare one message answering `D` (curried so the payload type is inferred from the schema):
 * `answers<{ count: number }>()({ from: 'either', schema: z.strictObject({}), handle: … })`.
 */
export const answers =
  <D extends object = Empty>() =>
  <S extends PayloadSchema>(declaration: Declaration<S, D>): Declaration<S, D> =>
    declaration;

/** A block of declarations sharing defaults (refusal wording, error wording); each entry may override them. */
export function block<B extends Record<string, AnyDeclaration>>(
  defaults: Pick<AnyDeclaration, 'refusal' | 'describeError'>,
  declarations: B,
): B {
  for (const declaration of Object.values(declarations)) {
    declaration.refusal ??= defaults.refusal;
    declaration.describeError ??= defaults.describeError;
  }
  return declarations;
}

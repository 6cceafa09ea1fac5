import type { SvlDatabase } from '../db';
import { parseDraftKey, originOf } from '../drafts/key';
import type { AnyDeclaration, BackgroundPlatform, Failure, From, Reply, SenderView } from './define';
import { storageErrorMessage } from './errors';
import { MESSAGES, type MessageType, type Payload, type ReplyTo } from './table';

/**
 * The background's router, derived from the declarations in `table.ts`: find the message's declaration, check
 * who sent it, validate it with its schema, check a content script names only its own origin's drafts, answer.
 */

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Only this extension's own content scripts (which run in a tab) and its own pages may talk to the background.
 * Other extensions and web pages cannot reach runtime.onMessage without externally_connectable, but we check anyway.
 */
export function isTrustedSender(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  if (sender.tab) return true;
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** Is the sender one of the extension's own pages (drafts manager, side panel), not a content script in a portal? */
export function isExtensionPage(sender: SenderInfo, extensionOrigin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

export interface MessageContext {
  /** Sent from one of the extension's own pages. Defaults to false: content-script rights only. */
  extensionPage?: boolean;
  /** The content script's tab address: the only origin whose drafts it may name. */
  url?: string;
  tabId?: number;
  frameId?: number;
}

const UNRECOGNISED: Failure = { ok: false, error: 'Unrecognised message.' };
const DECLARED: Readonly<Record<string, AnyDeclaration>> = MESSAGES;

/** Extension APIs are not available (unit tests, or a handler reached outside the background). */
export const NO_PLATFORM: BackgroundPlatform = {
  sites: {
    storage: { local: { get: () => Promise.reject(new Error('no extension API here')) } },
    permissions: { contains: () => Promise.reject(new Error('no extension API here')) },
    scripting: {
      getRegisteredContentScripts: () => Promise.reject(new Error('no extension API here')),
      unregisterContentScripts: () => Promise.reject(new Error('no extension API here')),
      registerContentScripts: () => Promise.reject(new Error('no extension API here')),
    },
    runInTab: () => Promise.reject(new Error('no extension API here')),
  },
  local: {
    get: () => Promise.reject(new Error('no extension API here')),
    set: () => Promise.reject(new Error('no extension API here')),
  },
  openSidePanel: () => Promise.reject(new Error('no extension API here')),
  relayToFrame: () => Promise.reject(new Error('no extension API here')),
  broadcast: () => undefined,
};

/** May a sender of this kind send a message declared `from`? */
export function mayReach(from: From, sender: SenderView['from']): boolean {
  return from === 'either' || from === sender;
}

/** The declaration of a raw message's type, or null when the type is not declared. */
export function declarationOf(raw: unknown): { type: string; declaration: AnyDeclaration } | null {
  if (typeof raw !== 'object' || raw === null || !('type' in raw) || typeof raw.type !== 'string') return null;
  const { type } = raw;
  return Object.hasOwn(DECLARED, type) ? { type, declaration: DECLARED[type]! } : null;
}

/**
 * Validate and answer one message. Never throws: every failure becomes `{ ok: false, error }` in plain words.
 * Nothing is awaited before the handler starts, so a handler runs inside the sender's user gesture.
 */
export function handleMessage<T extends MessageType>(
  db: SvlDatabase,
  message: { type: T } & Payload<T>,
  context?: MessageContext,
  platform?: BackgroundPlatform,
): Promise<ReplyTo<T>>;
export function handleMessage(
  db: SvlDatabase,
  raw: unknown,
  context?: MessageContext,
  platform?: BackgroundPlatform,
): Promise<Reply<object>>;
export async function handleMessage(
  db: SvlDatabase,
  raw: unknown,
  context: MessageContext = {},
  platform: BackgroundPlatform = NO_PLATFORM,
): Promise<Reply<object>> {
  const found = declarationOf(raw);
  if (!found) return UNRECOGNISED;
  const { declaration } = found;
  const sender: SenderView = context.extensionPage
    ? { from: 'page' }
    : {
        from: 'content',
        ...(context.url !== undefined ? { url: context.url } : {}),
        ...(context.tabId !== undefined ? { tabId: context.tabId } : {}),
        ...(context.frameId !== undefined ? { frameId: context.frameId } : {}),
      };
  if (!mayReach(declaration.from, sender.from)) return { ok: false, error: declaration.refusal ?? 'Refused.' };
  const { type: _type, ...payload } = raw as { type: string };
  const parsed = declaration.schema.safeParse(payload);
  if (!parsed.success) return UNRECOGNISED;
  if (sender.from === 'content' && declaration.draftKeys) {
    // A content script may only touch drafts of the page it runs in: every key must carry its tab's origin.
    const origin = sender.url ? originOf(sender.url) : null;
    for (const key of declaration.draftKeys(parsed.data)) {
      if (origin === null || parseDraftKey(key)?.origin !== origin)
        return { ok: false, error: 'Refused: that draft belongs to another site.' };
    }
  }
  try {
    // A database deleted or upgraded under us is closed by Dexie with auto-open left on: the next call reopens it.
    return await declaration.handle(parsed.data, { db, sender, platform });
  } catch (error) {
    return { ok: false, error: (declaration.describeError ?? storageErrorMessage)(error) };
  }
}

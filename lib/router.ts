import { MANAGER_ONLY, messageSchema, type Message, type Response } from './messages';
import type { SvlDatabase } from './db';
import { countDrafts, keepRevision, loadDraft, saveDraft } from './draft-store';
import {
  deleteEverything,
  draftHistory,
  exportAll,
  getSettings,
  invalidateSearch,
  listDrafts,
  markSubmitted,
  restoreRevision,
  searchAll,
  setDeleted,
  setRetentionDays,
  similarDrafts,
} from './drafts-admin';

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
}

/**
 * Validate and handle one message. Never throws: every failure becomes `{ ok: false, error }` in plain words.
 * Manager messages (list, export, delete everything…) are refused unless they come from an extension page.
 */
export async function handleMessage(db: SvlDatabase, raw: unknown, context: MessageContext = {}): Promise<Response> {
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'Unrecognised message.' };
  const message = parsed.data;
  if (MANAGER_ONLY.has(message.type) && !context.extensionPage) {
    return { ok: false, error: 'Refused: only the drafts manager may do that.' };
  }
  try {
    // A database deleted or upgraded under us is closed by Dexie with auto-open left on: the next call reopens it.
    return await dispatch(db, message);
  } catch (error) {
    return { ok: false, error: storageErrorMessage(error) };
  }
}

async function dispatch(db: SvlDatabase, message: Message): Promise<Response> {
  switch (message.type) {
    case 'draft:save': {
      invalidateSearch();
      const { savedAt, conflict } = await saveDraft(db, message);
      return conflict ? { ok: true, savedAt, conflict } : { ok: true, savedAt };
    }
    case 'draft:load':
      return { ok: true, draft: await loadDraft(db, message.key, message.question) };
    case 'draft:keep-revision':
      invalidateSearch();
      await keepRevision(db, message.key, message.text, message.reason);
      return { ok: true };
    case 'drafts:count':
      return { ok: true, count: await countDrafts(db) };
    case 'drafts:similar':
      return { ok: true, similar: await similarDrafts(db, message.question, message.excludeKey) };
    case 'drafts:list':
      return { ok: true, ...(await listDrafts(db)) };
    case 'drafts:search':
      return { ok: true, hits: await searchAll(db, message.query) };
    case 'drafts:history':
      return { ok: true, ...(await draftHistory(db, message.key)) };
    case 'drafts:restore':
      invalidateSearch();
      return { ok: true, detail: await restoreRevision(db, message.key, message.revisionId) };
    case 'drafts:delete':
    case 'drafts:undelete':
      invalidateSearch();
      await setDeleted(db, message.key, message.type === 'drafts:delete');
      return { ok: true };
    case 'drafts:mark-submitted':
      await markSubmitted(db, message.key, message.submitted);
      return { ok: true };
    case 'drafts:export':
      return { ok: true, exported: await exportAll(db) };
    case 'drafts:delete-all':
      invalidateSearch();
      await deleteEverything(db);
      return { ok: true };
    case 'drafts:settings':
      return {
        ok: true,
        settings: message.retentionDays === undefined ? await getSettings(db) : await setRetentionDays(db, message.retentionDays),
      };
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

/** The underlying DOM error Dexie wraps (AbortError → QuotaExceededError, OpenFailedError → VersionError…). */
function innerError(error: unknown): unknown {
  const inner = (error as { inner?: unknown } | null)?.inner;
  return inner instanceof Error ? inner : null;
}

/** Storage failures in words a bid writer can act on. */
export function storageErrorMessage(error: unknown): string {
  if (error instanceof Error && error.name === 'MissingDraftError') return error.message;
  const names = [errorName(error), errorName(innerError(error))];
  const text = `${String(error)} ${String(innerError(error) ?? '')}`;
  if (names.includes('QuotaExceededError') || /quota/i.test(text)) {
    return 'Your disk is full, so the draft could not be saved. It is kept in this tab until there is space.';
  }
  if (names.some((n) => ['VersionError', 'UpgradeError'].includes(n))) {
    return 'A newer copy of Social Value Lens is using the drafts database. Your text is kept in this tab; restart the browser to finish the update.';
  }
  if (names.some((n) => ['DatabaseClosedError', 'InvalidStateError', 'OpenFailedError', 'BlockedError'].includes(n))) {
    return 'The drafts database is not available right now. Your text is kept in this tab; it will be saved when the database is back.';
  }
  return `The draft could not be saved (${names[0] || 'unknown error'}). Your text is kept in this tab.`;
}

import { messageSchema, type Response } from './messages';
import type { SvlDatabase } from './db';
import { countDrafts, keepRevision, loadDraft, saveDraft } from './draft-store';

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

/** Validate and handle one message. Never throws: every failure becomes `{ ok: false, error }` in plain words. */
export async function handleMessage(db: SvlDatabase, raw: unknown): Promise<Response> {
  const parsed = messageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'Unrecognised message.' };
  const message = parsed.data;
  try {
    switch (message.type) {
      case 'draft:save':
        return { ok: true, savedAt: await saveDraft(db, message) };
      case 'draft:load':
        return { ok: true, draft: await loadDraft(db, message.key) };
      case 'draft:keep-revision':
        await keepRevision(db, message.key, message.text, message.reason);
        return { ok: true };
      case 'drafts:count':
        return { ok: true, count: await countDrafts(db) };
    }
  } catch (error) {
    return { ok: false, error: storageErrorMessage(error) };
  }
}

/** Storage failures in words a bid writer can act on. */
export function storageErrorMessage(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error))) {
    return 'Your disk is full, so the draft could not be saved. It is kept in this tab until there is space.';
  }
  if (name === 'DatabaseClosedError' || name === 'VersionError' || name === 'InvalidStateError') {
    return 'The drafts database is not available right now. Your text is kept in this tab; it will be saved when the database is back.';
  }
  return `The draft could not be saved (${name || 'unknown error'}). Your text is kept in this tab.`;
}

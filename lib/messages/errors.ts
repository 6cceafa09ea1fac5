/** Error wording shared by the message blocks: what a bid writer reads when the database fails under a message. */

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : '';
}

/** The underlying DOM error Dexie wraps (AbortError → QuotaExceededError, OpenFailedError → VersionError…). */
function innerError(error: unknown): unknown {
  const inner = (error as { inner?: unknown } | null)?.inner;
  return inner instanceof Error ? inner : null;
}

/** Storage failures in words a bid writer can act on (the drafts messages, and the default for any message). */
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

/** Failures of pack and evidence library messages (an import that fails leaves the database as it was). */
export function packErrorMessage(error: unknown): string {
  const name = errorName(error);
  if (name === 'QuotaExceededError') return 'Your disk is full, so nothing was imported or saved.';
  return `The packs database could not do that (${name || 'unknown error'}). Nothing was changed.`;
}

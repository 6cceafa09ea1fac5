/**
 * Why a revision (an earlier text of a draft) was kept: the one list, with the words the drafts manager shows.
 * Stored rows and imported packs may carry other reasons; they are kept and shown as they are.
 */
export const REVISION_REASONS = {
  periodic: 'while typing',
  'large-change': 'before a large change',
  'before-restore': 'before a restore',
  'before-insert': 'before an insert',
  'before-evidence-insert': 'before adding library text',
  'before-use-similar': 'before using another draft',
  conflict: 'edited in two tabs',
  import: 'imported',
  'before-import': 'before an import',
} as const;

export type RevisionReason = keyof typeof REVISION_REASONS;

/** Reasons that routine typing produces (thinned by retention); anything else is kept for good. */
export const ROUTINE_REASONS: ReadonlySet<string> = new Set<RevisionReason>(['periodic', 'large-change']);

/** The words for a stored reason. */
export function revisionReasonLabel(reason: string): string {
  return Object.hasOwn(REVISION_REASONS, reason) ? REVISION_REASONS[reason as RevisionReason] : reason;
}

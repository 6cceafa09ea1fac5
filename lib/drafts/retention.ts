import { ROUTINE_REASONS } from './revision-reasons';

/**
 * What to keep. Pure: the background runs these on startup and deletes what they return.
 *
 * - Revisions: every one is kept while the tender is open. Once it has closed, keep the newest, every revision
 *   taken for a reason other than routine typing (before a restore, a conflict between tabs, an import), and the
 *   last revision of each day.
 * - Drafts: kept until `keepDaysAfterDeadline` days after their tender's deadline (null = keep for ever). Drafts
 *   with no known deadline are never purged by age. Deleted drafts are purged once the undo window has passed.
 */
export const DAY_MS = 24 * 60 * 60 * 1000;
/** Without a deadline, a tender counts as open until it has not been seen for this long. */
export const OPEN_WITHOUT_DEADLINE_MS = 30 * DAY_MS;
/** A deleted draft can be undone for this long (and until the next start after it). */
export const UNDO_WINDOW_MS = DAY_MS;
export const DEFAULT_KEEP_DAYS_AFTER_DEADLINE = 90;

export interface TenderTimes {
  /** ISO date (or date-time) of the deadline, when known. */
  deadline?: string | null;
  lastSeen: number;
}

export interface RevisionTimes {
  id: number;
  savedAt: number;
  reason: string;
}

export interface DraftTimes {
  key: string;
  tenderId: string;
  deletedAt?: number | null;
}

/** The deadline as epoch milliseconds (end of that day when only a date is given), or null if unknown/invalid. */
export function deadlineTime(deadline: string | null | undefined): number | null {
  if (!deadline) return null;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(deadline);
  const time = Date.parse(dateOnly ? `${deadline}T23:59:59Z` : deadline);
  return Number.isNaN(time) ? null : time;
}

export function isTenderOpen(tender: TenderTimes | undefined, now: number): boolean {
  if (!tender) return false;
  const deadline = deadlineTime(tender.deadline);
  if (deadline !== null) return now <= deadline;
  return now - tender.lastSeen < OPEN_WITHOUT_DEADLINE_MS;
}

/** Ids of revisions to delete for one draft. */
export function thinRevisions(revisions: RevisionTimes[], tenderOpen: boolean): number[] {
  if (tenderOpen || revisions.length <= 1) return [];
  const sorted = [...revisions].sort((a, b) => a.savedAt - b.savedAt || a.id - b.id);
  const keep = new Set<number>([sorted[sorted.length - 1]!.id]);
  const lastOfDay = new Map<number, number>();
  for (const revision of sorted) {
    if (!ROUTINE_REASONS.has(revision.reason)) keep.add(revision.id);
    lastOfDay.set(Math.floor(revision.savedAt / DAY_MS), revision.id);
  }
  for (const id of lastOfDay.values()) keep.add(id);
  return sorted.filter((revision) => !keep.has(revision.id)).map((revision) => revision.id);
}

/** Keys of drafts to delete for good (with their revisions). */
export function draftsToPurge(
  drafts: DraftTimes[],
  tenders: Map<string, TenderTimes>,
  keepDaysAfterDeadline: number | null,
  now: number,
): string[] {
  const purge: string[] = [];
  for (const draft of drafts) {
    if (draft.deletedAt && now - draft.deletedAt >= UNDO_WINDOW_MS) {
      purge.push(draft.key);
      continue;
    }
    if (keepDaysAfterDeadline === null) continue;
    const deadline = deadlineTime(tenders.get(draft.tenderId)?.deadline);
    if (deadline !== null && now > deadline + keepDaysAfterDeadline * DAY_MS) purge.push(draft.key);
  }
  return purge;
}

import type { SvlDatabase, DraftRow } from './db';
import type { MessageOf, StoredDraftView } from './messages';

/** At most one periodic snapshot this often while someone types. */
export const SNAPSHOT_INTERVAL_MS = 3 * 60 * 1000;

/**
 * Should the text being replaced be kept as a revision? Always when the new text throws away much of the old
 * (a select-all-and-type, a cleared field, a portal that blanked the box); otherwise at most every few minutes.
 */
export function snapshotReason(
  previous: string,
  next: string,
  lastSnapshotAt: number | null,
  now: number,
): 'large-change' | 'periodic' | null {
  if (previous.trim() === '' || previous === next) return null;
  const kept = commonPrefixLength(previous, next) + commonSuffixLength(previous, next);
  const lost = previous.length - Math.min(kept, previous.length);
  if (lost >= 200 || lost / previous.length >= 0.5) return 'large-change';
  if (lastSnapshotAt === null || now - lastSnapshotAt >= SNAPSHOT_INTERVAL_MS) return 'periodic';
  return null;
}

function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

function commonSuffixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length);
  let i = 0;
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

export function tenderIdOf(key: string): string {
  return key.split('|').slice(0, 2).join('|');
}

/** Write the current text of a draft, with its tender and question, in one transaction. */
export async function saveDraft(db: SvlDatabase, message: MessageOf<'draft:save'>, now = Date.now()): Promise<number> {
  const { draft, text } = message;
  const tenderId = tenderIdOf(draft.key);
  await db.transaction('rw', [db.tenders, db.questions, db.drafts, db.revisions], async () => {
    const existing = await db.drafts.get(draft.key);
    if (existing) {
      const last = await db.revisions.where('draftKey').equals(draft.key).last();
      const reason = snapshotReason(existing.text, text, last?.savedAt ?? existing.createdAt, now);
      if (reason) await db.revisions.add({ draftKey: draft.key, text: existing.text, savedAt: now, reason });
    }
    const tender = await db.tenders.get(tenderId);
    await db.tenders.put({
      id: tenderId,
      portalId: draft.portalId,
      reference: draft.tenderRef,
      title: draft.tenderTitle ?? tender?.title ?? null,
      firstSeen: tender?.firstSeen ?? now,
      lastSeen: now,
    });
    await db.questions.put({ fingerprint: draft.key, tenderId, text: draft.question });
    const row: DraftRow = {
      key: draft.key,
      tenderId,
      portalId: draft.portalId,
      question: draft.question,
      url: draft.url,
      text,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await db.drafts.put(row);
  });
  return now;
}

export async function loadDraft(db: SvlDatabase, key: string): Promise<StoredDraftView | null> {
  const row = await db.drafts.get(key);
  return row ? { key: row.key, text: row.text, updatedAt: row.updatedAt } : null;
}

export async function keepRevision(db: SvlDatabase, key: string, text: string, reason: string, now = Date.now()) {
  if (text.trim() === '') return;
  await db.revisions.add({ draftKey: key, text, savedAt: now, reason });
}

export async function countDrafts(db: SvlDatabase): Promise<number> {
  return db.drafts.count();
}

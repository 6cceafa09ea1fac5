import Dexie from 'dexie';
import type { SvlDatabase, DraftRow, RevisionRow } from '../db';
import { normaliseQuestion, parseDraftKey } from './key';
import { bestReattachment } from './fuzzy';
import type { RevisionReason } from './revision-reasons';
import type { DraftSaveRequest, StoredDraftView } from '../messages/views';

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
): Extract<RevisionReason, 'large-change' | 'periodic'> | null {
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

/** The tender id of a draft key: everything before the question's fingerprint (`portal|origin|tender`). */
export function tenderIdOf(key: string): string {
  return parseDraftKey(key)?.tenderId ?? key.split('|').slice(0, -1).join('|');
}

export interface SaveResult {
  savedAt: number;
  /** The stored text had changed since this tab last loaded or saved it (another tab, another window). */
  conflict: boolean;
}

/** The newest revision of a draft, by the [draftKey+savedAt] index. */
export function lastRevision(db: SvlDatabase, key: string): Promise<RevisionRow | undefined> {
  return db.revisions.where('[draftKey+savedAt]').between([key, Dexie.minKey], [key, Dexie.maxKey]).last();
}

/**
 * Write the current text of a draft, with its tender and question, in one transaction. Snapshots follow
 * `snapshotReason`. When another tab changed the draft since this one last saw it (`baseUpdatedAt`), both
 * texts are kept as 'conflict' revisions before this tab's text becomes current, and the answer says so.
 */
export async function saveDraft(db: SvlDatabase, message: DraftSaveRequest, now = Date.now()): Promise<SaveResult> {
  const { draft, text } = message;
  const tenderId = tenderIdOf(draft.key);
  let conflict = false;
  await db.transaction('rw', [db.tenders, db.questions, db.drafts, db.revisions], async () => {
    const existing = await db.drafts.get(draft.key);
    if (existing && existing.text !== text && existing.text.trim() !== '' && message.baseUpdatedAt !== undefined) {
      conflict = message.baseUpdatedAt === null || existing.updatedAt !== message.baseUpdatedAt;
    }
    if (existing && conflict) {
      await db.revisions.bulkAdd([
        { draftKey: draft.key, text: existing.text, savedAt: now, reason: 'conflict' },
        { draftKey: draft.key, text, savedAt: now, reason: 'conflict' },
      ]);
    } else if (existing) {
      const last = await lastRevision(db, draft.key);
      const reason = snapshotReason(existing.text, text, last?.savedAt ?? existing.createdAt, now);
      if (reason) await db.revisions.add({ draftKey: draft.key, text: existing.text, savedAt: now, reason });
      else if (existing.text !== text && existing.text.trim() !== '' && last?.text !== existing.text) {
        // Never replace stored text without a revision: between snapshots, one rolling 'replaced' revision holds
        // the text this save replaces (updated in place while typing goes on, so history does not fill up).
        if (last?.reason === 'replaced' && last.id !== undefined)
          await db.revisions.update(last.id, { text: existing.text, savedAt: now });
        else await db.revisions.add({ draftKey: draft.key, text: existing.text, savedAt: now, reason: 'replaced' });
      }
    }
    const tender = await db.tenders.get(tenderId);
    await db.tenders.put({
      id: tenderId,
      portalId: draft.portalId,
      reference: draft.tenderRef,
      title: draft.tenderTitle ?? tender?.title ?? null,
      buyer: draft.tenderBuyer ?? tender?.buyer ?? null,
      deadline: draft.tenderDeadline ?? tender?.deadline ?? null,
      firstSeen: tender?.firstSeen ?? now,
      lastSeen: now,
    });
    const question = await db.questions.get(draft.key);
    await db.questions.put({
      fingerprint: draft.key,
      tenderId,
      text: draft.question,
      normalised: normaliseQuestion(draft.question),
      limit: draft.questionLimit ?? question?.limit ?? null,
      classification: draft.questionClassification ?? question?.classification ?? null,
      lastSeen: now,
    });
    const row: DraftRow = {
      key: draft.key,
      tenderId,
      portalId: draft.portalId,
      question: draft.question,
      url: draft.url,
      text,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      submittedAt: existing?.submittedAt ?? 0,
      // Typing into a deleted draft's question brings it back: nothing typed is thrown away.
      deletedAt: 0,
    };
    await db.drafts.put(row);
  });
  return { savedAt: now, conflict };
}

/**
 * The draft for this key. When there is none and the page's question text is given, a draft on the same tender
 * whose question is worded almost the same re-attaches; the answer says it was a fuzzy match and how close.
 */
export async function loadDraft(
  db: SvlDatabase,
  key: string,
  question?: string,
  now = Date.now(),
): Promise<StoredDraftView | null> {
  const row = await db.drafts.get(key);
  if (row && !row.deletedAt) {
    // The page showed this question: it and its tender were seen now (a question left unseen while its tender is
    // visited again was reworded or removed; the manager says so).
    await db.questions.where('fingerprint').equals(key).modify({ lastSeen: now });
    await db.tenders.where('id').equals(row.tenderId).modify({ lastSeen: now });
    return { key: row.key, text: row.text, updatedAt: row.updatedAt };
  }
  if (question === undefined) return null;
  const sameTender = await db.drafts
    .where('tenderId')
    .equals(tenderIdOf(key))
    .filter((d) => !d.deletedAt && d.key !== key)
    .toArray();
  const best = bestReattachment(
    question,
    sameTender.map((d) => ({ key: d.key, question: d.question })),
  );
  if (!best) return null;
  const found = sameTender.find((d) => d.key === best.key)!;
  return {
    key: found.key,
    text: found.text,
    updatedAt: found.updatedAt,
    match: { kind: 'fuzzy', score: best.score, fromKey: found.key, question: found.question },
  };
}

export async function keepRevision(db: SvlDatabase, key: string, text: string, reason: string, now = Date.now()) {
  if (text.trim() === '') return;
  await db.revisions.add({ draftKey: key, text, savedAt: now, reason });
}

export async function countDrafts(db: SvlDatabase): Promise<number> {
  return db.drafts.filter((draft) => !draft.deletedAt).count();
}

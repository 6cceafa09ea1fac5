import type { DraftRow, EvidenceRow, RevisionRow, SvlDatabase } from '../db';
import { toEvidenceItem, type EvidenceItem } from '../library/schema';
import type { Pack, PackDraft, PackRevision } from './format';
import type { RevisionReason } from '../drafts/revision-reasons';

/**
 * What importing a pack would do, worked out from the database without writing anything. Nothing is ever
 * overwritten: a draft that differs from the one you have is a conflict, and its incoming text is kept as a
 * revision marked with the sender's name; you choose per conflict whether it also becomes the current text.
 */
export type Choice = 'mine' | 'theirs';
export interface Choices {
  drafts?: Record<string, Choice>;
  evidence?: Record<string, Choice>;
}

export interface DraftAddition {
  key: string;
  tenderId: string;
  question: string;
  text: string;
  revisions: number;
}
export interface DraftConflict {
  key: string;
  tenderId: string;
  question: string;
  mine: string;
  mineUpdatedAt: number;
  theirs: string;
  theirsUpdatedAt: number;
  author: string;
  /** The incoming text is already kept as a revision (this pack, or its twin, was imported before). */
  alreadyKept: boolean;
}
export interface EvidenceConflict {
  id: string;
  mine: EvidenceItem;
  theirs: EvidenceItem;
}

export interface ImportPlan {
  meta: Pack['meta'];
  digest: string;
  tenders: {
    add: Array<{ id: string; title: string | null; reference: string | null; portalId: string }>;
    existing: number;
  };
  questions: { add: number; existing: number };
  drafts: { add: DraftAddition[]; unchanged: number; conflicts: DraftConflict[] };
  revisions: { add: number };
  evidence: { add: EvidenceItem[]; unchanged: number; conflicts: EvidenceConflict[] };
  /** true when importing (with every conflict left as "keep mine") would write nothing at all. */
  nothingNew: boolean;
}

export const IMPORT_REASON = 'import' satisfies RevisionReason;
export const BEFORE_IMPORT_REASON = 'before-import' satisfies RevisionReason;

export function authorOf(pack: Pack): string {
  return pack.meta.authorName.trim() || 'someone (no name in the pack)';
}

const revisionId = (r: { text: string; savedAt: number }) => `${r.savedAt}\u0000${r.text}`;

/** The pack's revisions of a draft that the database does not already hold. */
export function missingRevisions(incoming: readonly PackRevision[], existing: readonly RevisionRow[]): PackRevision[] {
  const have = new Set(existing.map(revisionId));
  const out: PackRevision[] = [];
  for (const r of incoming) {
    const id = revisionId(r);
    if (!have.has(id)) {
      have.add(id);
      out.push(r);
    }
  }
  return out;
}

export function sameEvidence(a: EvidenceItem | EvidenceRow, b: EvidenceItem | EvidenceRow): boolean {
  return (
    a.title === b.title &&
    a.text === b.text &&
    a.owner === b.owner &&
    a.reviewBy === b.reviewBy &&
    a.figures.join('\u0000') === b.figures.join('\u0000') &&
    a.criterionIds.join(' ') === b.criterionIds.join(' ') &&
    a.categoryIds.join(' ') === b.categoryIds.join(' ')
  );
}

function hasKeptIncoming(draft: PackDraft, revisions: readonly RevisionRow[]): boolean {
  return revisions.some((r) => r.reason === IMPORT_REASON && r.text === draft.text);
}

/** The stored revisions of every draft in the pack, in one query. */
export async function revisionsByDraft(db: SvlDatabase, pack: Pack): Promise<Map<string, RevisionRow[]>> {
  const map = new Map<string, RevisionRow[]>();
  if (pack.drafts.length === 0) return map;
  const keys = new Set(pack.drafts.map((d) => d.key));
  // Few drafts: one indexed look-up each. Many: one scan of the table is faster than hundreds of look-ups.
  const rows =
    keys.size <= 50
      ? (await Promise.all([...keys].map((key) => db.revisions.where('draftKey').equals(key).toArray()))).flat()
      : (await db.revisions.toArray()).filter((r) => keys.has(r.draftKey));
  for (const r of rows) {
    const list = map.get(r.draftKey);
    if (list) list.push(r);
    else map.set(r.draftKey, [r]);
  }
  return map;
}

/** Read-only: call inside or outside a transaction. */
export async function planImport(
  db: SvlDatabase,
  pack: Pack,
  revisionsOf?: Map<string, RevisionRow[]>,
): Promise<ImportPlan> {
  const author = authorOf(pack);
  const tenders = await db.tenders.bulkGet(pack.tenders.map((t) => t.id));
  const questions = await db.questions.bulkGet(pack.questions.map((q) => q.key));
  const drafts = await db.drafts.bulkGet(pack.drafts.map((d) => d.key));
  const evidence = await db.evidence.bulkGet(pack.evidence.map((e) => e.id));
  const plan: ImportPlan = {
    meta: pack.meta,
    digest: pack.digest,
    tenders: { add: [], existing: 0 },
    questions: { add: 0, existing: 0 },
    drafts: { add: [], unchanged: 0, conflicts: [] },
    revisions: { add: 0 },
    evidence: { add: [], unchanged: 0, conflicts: [] },
    nothingNew: true,
  };
  pack.tenders.forEach((t, i) => {
    if (tenders[i]) plan.tenders.existing += 1;
    else plan.tenders.add.push({ id: t.id, title: t.title, reference: t.reference, portalId: t.portalId });
  });
  questions.forEach((q) => (q ? (plan.questions.existing += 1) : (plan.questions.add += 1)));
  const byDraft = revisionsOf ?? (await revisionsByDraft(db, pack));
  for (const [i, incoming] of pack.drafts.entries()) {
    const mine: DraftRow | undefined = drafts[i];
    const revisions = byDraft.get(incoming.key) ?? [];
    plan.revisions.add += missingRevisions(incoming.revisions, revisions).length;
    if (!mine) {
      plan.drafts.add.push({
        key: incoming.key,
        tenderId: incoming.tenderId,
        question: incoming.question,
        text: incoming.text,
        revisions: incoming.revisions.length,
      });
    } else if (mine.text === incoming.text) {
      plan.drafts.unchanged += 1;
    } else {
      const alreadyKept = hasKeptIncoming(incoming, revisions);
      plan.drafts.conflicts.push({
        key: incoming.key,
        tenderId: incoming.tenderId,
        question: incoming.question,
        mine: mine.text,
        mineUpdatedAt: mine.updatedAt,
        theirs: incoming.text,
        theirsUpdatedAt: incoming.updatedAt,
        author,
        alreadyKept,
      });
    }
  }
  pack.evidence.forEach((incoming, i) => {
    const mine = evidence[i];
    if (!mine) plan.evidence.add.push(incoming);
    else if (sameEvidence(mine, incoming)) plan.evidence.unchanged += 1;
    else plan.evidence.conflicts.push({ id: incoming.id, mine: toEvidenceItem(mine), theirs: incoming });
  });
  plan.nothingNew =
    plan.tenders.add.length === 0 &&
    plan.questions.add === 0 &&
    plan.drafts.add.length === 0 &&
    plan.revisions.add === 0 &&
    plan.drafts.conflicts.every((c) => c.alreadyKept) &&
    plan.evidence.add.length === 0;
  return plan;
}

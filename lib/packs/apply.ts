import type { RevisionRow, SvlDatabase } from '../db';
import { normaliseQuestion } from '../drafts/key';
import type { Pack } from './format';
import {
  authorOf,
  BEFORE_IMPORT_REASON,
  IMPORT_REASON,
  missingRevisions,
  planImport,
  revisionsByDraft,
  sameEvidence,
  type Choices,
} from './plan';

export interface ImportResult {
  tendersAdded: number;
  questionsAdded: number;
  draftsAdded: number;
  draftsReplaced: number;
  revisionsAdded: number;
  evidenceAdded: number;
  evidenceReplaced: number;
}

/**
 * Apply a validated pack after the user confirmed, in one Dexie transaction: either all of it lands or none of it
 * (an error anywhere rolls everything back). The plan is worked out again inside the transaction, so what is written
 * matches the database at that moment. Conflicts: the incoming text is kept as a revision marked with the pack's
 * author; only where the user chose "theirs" does it become the current text, and then the text it replaces is kept
 * as a revision first. Re-importing the same pack writes nothing.
 */
export async function applyImport(
  db: SvlDatabase,
  pack: Pack,
  choices: Choices = {},
  now = Date.now(),
): Promise<ImportResult> {
  const author = authorOf(pack);
  const result: ImportResult = {
    tendersAdded: 0,
    questionsAdded: 0,
    draftsAdded: 0,
    draftsReplaced: 0,
    revisionsAdded: 0,
    evidenceAdded: 0,
    evidenceReplaced: 0,
  };
  await db.transaction('rw', [db.tenders, db.questions, db.drafts, db.revisions, db.evidence], async () => {
    const byDraft = await revisionsByDraft(db, pack);
    const plan = await planImport(db, pack, byDraft);
    const newTenders = new Set(plan.tenders.add.map((t) => t.id));
    for (const t of pack.tenders) {
      if (!newTenders.has(t.id)) continue;
      await db.tenders.add({
        id: t.id,
        portalId: t.portalId,
        reference: t.reference,
        title: t.title,
        buyer: t.buyer,
        deadline: t.deadline,
        firstSeen: now,
        lastSeen: now,
      });
      result.tendersAdded += 1;
    }
    const haveQuestions = await db.questions.bulkGet(pack.questions.map((q) => q.key));
    for (const [i, q] of pack.questions.entries()) {
      if (haveQuestions[i]) continue;
      const limit =
        q.limits.words !== null
          ? { value: q.limits.words, unit: 'words' as const }
          : q.limits.chars !== null
            ? { value: q.limits.chars, unit: 'chars' as const }
            : q.limits.pages !== null
              ? { value: q.limits.pages, unit: 'pages' as const }
              : null;
      // lastSeen 0: no page here has shown this question yet.
      await db.questions.add({
        fingerprint: q.key,
        tenderId: q.tenderId,
        text: q.text,
        normalised: normaliseQuestion(q.text),
        limit,
        classification: q.classification?.themeIds[0] ?? null,
        lastSeen: 0,
      });
      result.questionsAdded += 1;
    }
    const conflicts = new Map(plan.drafts.conflicts.map((c) => [c.key, c]));
    const additions = new Set(plan.drafts.add.map((d) => d.key));
    const toAdd: RevisionRow[] = [];
    for (const incoming of pack.drafts) {
      const existing = byDraft.get(incoming.key) ?? [];
      const revisions: RevisionRow[] = missingRevisions(incoming.revisions, existing).map((r) => ({
        draftKey: incoming.key,
        text: r.text,
        savedAt: r.savedAt,
        reason: r.reason,
        ...(r.author ? { author: r.author } : {}),
      }));
      if (additions.has(incoming.key)) {
        await db.drafts.add({
          key: incoming.key,
          tenderId: incoming.tenderId,
          portalId: incoming.portalId,
          question: incoming.question,
          url: incoming.url,
          text: incoming.text,
          createdAt: incoming.createdAt,
          updatedAt: incoming.updatedAt,
          submittedAt: incoming.submittedAt,
          deletedAt: 0,
        });
        result.draftsAdded += 1;
      }
      const conflict = conflicts.get(incoming.key);
      if (conflict) {
        if (!conflict.alreadyKept)
          revisions.push({ draftKey: incoming.key, text: incoming.text, savedAt: now, reason: IMPORT_REASON, author });
        if (choices.drafts?.[incoming.key] === 'theirs') {
          revisions.push({ draftKey: incoming.key, text: conflict.mine, savedAt: now, reason: BEFORE_IMPORT_REASON });
          await db.drafts.update(incoming.key, { text: incoming.text, updatedAt: now });
          result.draftsReplaced += 1;
        }
      }
      toAdd.push(...revisions);
    }
    if (toAdd.length) {
      await db.revisions.bulkAdd(toAdd);
      result.revisionsAdded += toAdd.length;
    }
    for (const item of plan.evidence.add) {
      await db.evidence.add({ ...item });
      result.evidenceAdded += 1;
    }
    for (const c of plan.evidence.conflicts) {
      if (choices.evidence?.[c.id] !== 'theirs' || sameEvidence(c.mine, c.theirs)) continue;
      await db.evidence.put({ ...c.theirs, createdAt: c.mine.createdAt, updatedAt: now });
      result.evidenceReplaced += 1;
    }
  });
  return result;
}

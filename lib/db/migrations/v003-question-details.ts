import { normaliseQuestion } from '../../drafts/key';
import type { DraftRow, QuestionRow, TenderRow } from '../../db';
import type { Migration } from './types';

/**
 * Version 3: questions carry their normalised text, limit, classification and when they were last seen (fuzzy
 * re-attachment, "question not found again"); drafts can be soft-deleted (undo); revisions indexed by
 * [draftKey+savedAt]; a small meta table for draft settings (retention). The upgrade fills the new fields.
 */
export const v003: Migration = {
  version: 3,
  stores: {
    questions: '&fingerprint, tenderId, normalised',
    drafts: '&key, tenderId, portalId, updatedAt, submittedAt, deletedAt',
    revisions: '++id, draftKey, savedAt, [draftKey+savedAt]',
    meta: '&key',
  },
  async upgrade(tx) {
    const drafts = tx.table<DraftRow, string>('drafts');
    const lastSeenByTender = new Map<string, number>();
    await tx.table<TenderRow, string>('tenders').each((tender) => lastSeenByTender.set(tender.id, tender.lastSeen));
    await tx
      .table<QuestionRow, string>('questions')
      .toCollection()
      .modify((question) => {
        question.normalised = normaliseQuestion(question.text);
        question.limit ??= null;
        question.classification ??= null;
        question.lastSeen ??= lastSeenByTender.get(question.tenderId) ?? 0;
      });
    await drafts.toCollection().modify((draft) => {
      draft.submittedAt ??= 0;
      draft.deletedAt ??= 0;
    });
  },
};

import type { PackV1, PackV2 } from '../format';

/**
 * Format 1 -> 2: metadata moves under `meta` and `author` becomes `authorName`; a question's `wordLimit`/`charLimit`
 * become `limits` and its single `theme` becomes a `classification`; drafts gain `createdAt` (the last update is the
 * best we know) and `submittedAt` (0, not submitted); revisions get an explicit `author` (null = the pack's author
 * did not say); packs gain an empty evidence list. The digest is recomputed by the caller.
 */
export function migrateV1ToV2(pack: PackV1): Omit<PackV2, 'digest'> {
  return {
    format: pack.format,
    formatVersion: 2,
    meta: { appVersion: pack.appVersion, createdAt: pack.createdAt, authorName: pack.author, note: pack.note },
    tenders: pack.tenders.map((t) => ({ ...t, buyer: null, deadline: null })),
    questions: pack.questions.map((q) => ({
      key: q.key,
      tenderId: q.tenderId,
      text: q.text,
      limits: { words: q.wordLimit, chars: q.charLimit, pages: null },
      classification:
        q.theme === null
          ? null
          : { socialValue: true, model: null, themeIds: q.theme === 'multiple' ? [] : [q.theme], criterionIds: [] },
    })),
    drafts: pack.drafts.map((d) => ({
      key: d.key,
      tenderId: d.tenderId,
      portalId: d.portalId,
      question: d.question,
      url: d.url,
      text: d.text,
      createdAt: d.updatedAt,
      updatedAt: d.updatedAt,
      submittedAt: 0,
      revisions: d.revisions.map((r) => ({
        text: r.text,
        savedAt: r.savedAt,
        reason: r.reason,
        author: r.author ?? null,
      })),
    })),
    evidence: [],
  };
}

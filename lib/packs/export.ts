import type { DraftRow, EvidenceRow, RevisionRow, SvlDatabase, TenderRow } from '../db';
import { classifyQuestion } from '../classifier';
import { parseLimits } from '../limits';
import { toEvidenceItem } from '../library/schema';
import { packDigest } from './digest';
import {
  CURRENT_FORMAT_VERSION,
  PACK_FORMAT,
  type Pack,
  type PackContent,
  type PackDraft,
  type PackQuestion,
  type PackTender,
} from './format';
import { APP_VERSION } from './version';

/** Which drafts go into a pack: everything, some tenders, or chosen drafts. */
export type PackScope =
  | { kind: 'all' }
  | { kind: 'tenders'; tenderIds: string[] }
  | { kind: 'drafts'; draftKeys: string[] };
/** Which of each draft's revisions travel with it. */
export type RevisionChoice =
  | { kind: 'none' }
  | { kind: 'latest'; count: number }
  | { kind: 'all' }
  | { kind: 'chosen'; ids: number[] };
export type EvidenceChoice = { kind: 'none' } | { kind: 'all' } | { kind: 'chosen'; ids: string[] };

export interface ExportRequest {
  scope: PackScope;
  revisions: RevisionChoice;
  evidence: EvidenceChoice;
  authorName: string;
  note: string;
}

async function selectDrafts(db: SvlDatabase, scope: PackScope): Promise<DraftRow[]> {
  const live = (d: DraftRow | undefined): d is DraftRow => !!d && !d.deletedAt; // deleted (awaiting undo) never travel
  if (scope.kind === 'all') return (await db.drafts.toArray()).filter(live);
  if (scope.kind === 'tenders')
    return (await db.drafts.where('tenderId').anyOf(scope.tenderIds).toArray()).filter(live);
  return (await db.drafts.bulkGet(scope.draftKeys)).filter(live);
}

function chooseRevisions(rows: RevisionRow[], choice: RevisionChoice): RevisionRow[] {
  const sorted = [...rows].sort((a, b) => a.savedAt - b.savedAt || (a.id ?? 0) - (b.id ?? 0));
  switch (choice.kind) {
    case 'none':
      return [];
    case 'all':
      return sorted;
    case 'latest':
      return sorted.slice(Math.max(0, sorted.length - choice.count));
    case 'chosen':
      return sorted.filter((r) => r.id !== undefined && choice.ids.includes(r.id));
  }
}

function packTender(row: TenderRow | undefined, draft: DraftRow): PackTender {
  return {
    id: draft.tenderId,
    portalId: row?.portalId ?? draft.portalId,
    reference: row?.reference ?? null,
    title: row?.title ?? null,
    buyer: row?.buyer ?? null,
    deadline: row?.deadline ?? null,
  };
}

/** The question as the pack describes it: text, limits read from it, and the classifier's verdict. */
export function describeQuestion(key: string, tenderId: string, text: string): PackQuestion {
  const limits = parseLimits(text);
  const c = classifyQuestion(text);
  return {
    key,
    tenderId,
    text,
    limits: { words: limits.words, chars: limits.chars, pages: limits.pages },
    classification: { socialValue: c.socialValue, model: c.model, themeIds: c.themeIds, criterionIds: c.criterionIds },
  };
}

/** Seal pack content with its digest. */
export async function sealPack(content: PackContent): Promise<Pack> {
  return { ...content, digest: await packDigest(content as unknown as Record<string, unknown>) };
}

/** Build a pack from the database (read-only). */
export async function buildPack(db: SvlDatabase, request: ExportRequest, now = Date.now()): Promise<Pack> {
  // Read in one transaction; digest afterwards (WebCrypto is not a Dexie promise).
  const content = await db.transaction(
    'r',
    [db.tenders, db.questions, db.drafts, db.revisions, db.evidence],
    async () => {
      const drafts = (await selectDrafts(db, request.scope)).sort(
        (a, b) => a.tenderId.localeCompare(b.tenderId) || a.key.localeCompare(b.key),
      );
      const tenderIds = [...new Set(drafts.map((d) => d.tenderId))];
      const tenderRows = new Map(
        (await db.tenders.bulkGet(tenderIds)).filter((t): t is TenderRow => !!t).map((t) => [t.id, t]),
      );
      const questionRows = await db.questions.bulkGet(drafts.map((d) => d.key));
      const tenders = new Map<string, PackTender>();
      const questions: PackQuestion[] = [];
      const packDrafts: PackDraft[] = [];
      for (const [i, draft] of drafts.entries()) {
        if (!tenders.has(draft.tenderId))
          tenders.set(draft.tenderId, packTender(tenderRows.get(draft.tenderId), draft));
        questions.push(describeQuestion(draft.key, draft.tenderId, questionRows[i]?.text ?? draft.question));
        const revisions =
          request.revisions.kind === 'none'
            ? []
            : chooseRevisions(await db.revisions.where('draftKey').equals(draft.key).toArray(), request.revisions);
        packDrafts.push({
          key: draft.key,
          tenderId: draft.tenderId,
          portalId: draft.portalId,
          question: draft.question,
          url: draft.url,
          text: draft.text,
          createdAt: draft.createdAt,
          updatedAt: draft.updatedAt,
          submittedAt: draft.submittedAt ?? 0,
          revisions: revisions.map((r) => ({
            text: r.text,
            savedAt: r.savedAt,
            reason: r.reason,
            author: r.author ?? null,
          })),
        });
      }
      let evidence: EvidenceRow[] = [];
      if (request.evidence.kind === 'all') evidence = await db.evidence.toArray();
      else if (request.evidence.kind === 'chosen')
        evidence = (await db.evidence.bulkGet(request.evidence.ids)).filter((e): e is EvidenceRow => !!e);
      evidence.sort((a, b) => a.id.localeCompare(b.id));
      const packContent: PackContent = {
        format: PACK_FORMAT,
        formatVersion: CURRENT_FORMAT_VERSION,
        meta: {
          appVersion: APP_VERSION,
          createdAt: new Date(now).toISOString(),
          authorName: request.authorName.trim(),
          note: request.note,
        },
        tenders: [...tenders.values()],
        questions,
        drafts: packDrafts,
        evidence: evidence.map(toEvidenceItem),
      };
      return packContent;
    },
  );
  return sealPack(content);
}

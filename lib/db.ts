import Dexie, { type EntityTable } from 'dexie';
import { normaliseQuestion } from './draft-key';
import { upgradeToOriginKeys } from './db/migrations/v004-origin-keys';

/**
 * The drafts database. It lives in the extension's own origin (opened only by the background), never in a
 * portal page's origin.
 *
 * Version history (never edit a shipped version; add a new one):
 * 1 = tenders, questions, drafts, revisions.
 * 2 = evidence library; drafts indexed by submission state.
 * 3 = questions carry their normalised text, limit, classification and when they were last seen (fuzzy
 *     re-attachment, "question not found again"); drafts can be soft-deleted (undo); revisions indexed by
 *     [draftKey+savedAt]; a small meta table for draft settings (retention). Upgrade fills the new fields.
 * 4 = draft keys and tender ids carry the page's origin (scheme + host): `portal|origin|tender|fingerprint`.
 *     Upgrade rewrites every key from the draft's stored address (lib/db/migrations/v004-origin-keys.ts).
 *
 * Each version has a saved example database in test/fixtures/db/vN.json, upgraded in test/unit/db-upgrade.test.ts.
 */
export const DB_VERSION = 4;

export interface TenderRow {
  id: string; // portalId|origin|tenderRef-or-path
  portalId: string;
  reference: string | null;
  title: string | null;
  buyer?: string | null;
  /** ISO date of the response deadline, when the page shows it. */
  deadline?: string | null;
  firstSeen: number;
  lastSeen: number;
}

export interface QuestionRow {
  fingerprint: string; // portalId|origin|tender|fingerprint, the same as the draft key
  tenderId: string;
  text: string;
  /** v3: normaliseQuestion(text), for fuzzy re-attachment and cross-portal lookups. */
  normalised?: string;
  /** v3: the stated limit, when the page shows one. */
  limit?: { value: number; unit: 'words' | 'chars' | 'pages' } | null;
  /** v3: what the question is about (a theme or mission id), when classified. */
  classification?: string | null;
  /** v3: when a page last showed this question (a draft whose question is not seen again is still kept). */
  lastSeen?: number;
}

export interface DraftRow {
  key: string;
  tenderId: string;
  portalId: string;
  question: string;
  url: string;
  text: string;
  createdAt: number;
  updatedAt: number;
  /** When the user marked the answer as submitted to the portal (0 = not submitted). */
  submittedAt?: number;
  /** v3: when the user deleted it (0 = not deleted). Kept for the undo window, then purged. */
  deletedAt?: number;
}

export interface RevisionRow {
  id?: number;
  draftKey: string;
  text: string;
  savedAt: number;
  reason: string; // 'periodic' | 'large-change' | 'before-restore' | 'import' | ...
  /** Who wrote this text, when it came from someone else's pack. */
  author?: string;
}

/** A reusable, approved fact or paragraph for social value answers (the evidence library). */
export interface EvidenceRow {
  id: string;
  title: string;
  text: string;
  figures: string[];
  criterionIds: string[];
  categoryIds: string[];
  owner: string;
  /** ISO date after which the item should be reviewed before reuse. */
  reviewBy: string | null;
  createdAt: number;
  updatedAt: number;
}

/** v3: small named settings that belong with the drafts (e.g. 'retentionDays'). */
export interface MetaRow {
  key: string;
  value: unknown;
}

export class SvlDatabase extends Dexie {
  tenders!: EntityTable<TenderRow, 'id'>;
  questions!: EntityTable<QuestionRow, 'fingerprint'>;
  drafts!: EntityTable<DraftRow, 'key'>;
  revisions!: EntityTable<RevisionRow, 'id'>;
  evidence!: EntityTable<EvidenceRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name = 'svl') {
    super(name);
    this.version(1).stores({
      tenders: '&id, portalId, lastSeen',
      questions: '&fingerprint, tenderId',
      drafts: '&key, tenderId, portalId, updatedAt',
      revisions: '++id, draftKey, savedAt',
    });
    this.version(2).stores({
      drafts: '&key, tenderId, portalId, updatedAt, submittedAt',
      evidence: '&id, updatedAt, reviewBy',
    });
    this.version(3)
      .stores({
        questions: '&fingerprint, tenderId, normalised',
        drafts: '&key, tenderId, portalId, updatedAt, submittedAt, deletedAt',
        revisions: '++id, draftKey, savedAt, [draftKey+savedAt]',
        meta: '&key',
      })
      .upgrade(async (tx) => {
        const drafts = tx.table<DraftRow, string>('drafts');
        const lastSeenByTender = new Map<string, number>();
        await tx.table<TenderRow, string>('tenders').each((tender) => lastSeenByTender.set(tender.id, tender.lastSeen));
        await tx.table<QuestionRow, string>('questions').toCollection().modify((question) => {
          question.normalised = normaliseQuestion(question.text);
          question.limit ??= null;
          question.classification ??= null;
          question.lastSeen ??= lastSeenByTender.get(question.tenderId) ?? 0;
        });
        await drafts.toCollection().modify((draft) => {
          draft.submittedAt ??= 0;
          draft.deletedAt ??= 0;
        });
      });
    this.version(4).upgrade(upgradeToOriginKeys);
  }
}

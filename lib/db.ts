import Dexie, { type EntityTable } from 'dexie';

/**
 * The drafts database. It lives in the extension's own origin (opened only by the background), never in a
 * portal page's origin.
 *
 * Version history (never edit a shipped version; add a new one):
 * 1 = tenders, questions, drafts, revisions.
 * 2 = evidence library; drafts indexed by submission state.
 */
export interface TenderRow {
  id: string; // portalId|tenderRef-or-path
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
  fingerprint: string; // portalId|tender|fingerprint, the same as the draft key
  tenderId: string;
  text: string;
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

export class SvlDatabase extends Dexie {
  tenders!: EntityTable<TenderRow, 'id'>;
  questions!: EntityTable<QuestionRow, 'fingerprint'>;
  drafts!: EntityTable<DraftRow, 'key'>;
  revisions!: EntityTable<RevisionRow, 'id'>;
  evidence!: EntityTable<EvidenceRow, 'id'>;

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
  }
}

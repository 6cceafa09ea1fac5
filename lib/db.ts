import Dexie, { type EntityTable } from 'dexie';

/**
 * The drafts database. It lives in the extension's own origin (opened only by the background), never in a
 * portal page's origin. Version history: 1 = tenders, questions, drafts, revisions.
 */
export interface TenderRow {
  id: string; // portalId|tenderRef-or-path
  portalId: string;
  reference: string | null;
  title: string | null;
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
}

export interface RevisionRow {
  id?: number;
  draftKey: string;
  text: string;
  savedAt: number;
  reason: string; // 'periodic' | 'large-change' | 'before-restore' | ...
}

export class SvlDatabase extends Dexie {
  tenders!: EntityTable<TenderRow, 'id'>;
  questions!: EntityTable<QuestionRow, 'fingerprint'>;
  drafts!: EntityTable<DraftRow, 'key'>;
  revisions!: EntityTable<RevisionRow, 'id'>;

  constructor(name = 'svl') {
    super(name);
    this.version(1).stores({
      tenders: '&id, portalId, lastSeen',
      questions: '&fingerprint, tenderId',
      drafts: '&key, tenderId, portalId, updatedAt',
      revisions: '++id, draftKey, savedAt',
    });
  }
}

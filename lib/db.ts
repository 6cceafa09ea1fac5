import Dexie, { type EntityTable } from 'dexie';
import { MIGRATIONS } from './db/migrations';
import type { LimitUnit } from './limits';

/**
 * The drafts database. It lives in the extension's own origin (opened only by the background), never in a
 * portal page's origin.
 *
 * Versions (never edit a shipped one; add a file): one file per version in lib/db/migrations/ (v001-initial,
 * v002-evidence, v003-question-details, v004-origin-keys), each with its stores and upgrade. Each version has a
 * saved example database in test/fixtures/db/vN.json; test/unit/db-upgrade.test.ts upgrades every one of them.
 */
/** The current database version: the last migration's. */
export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

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
  limit?: { value: number; unit: LimitUnit } | null;
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
  /** Usually a RevisionReason (lib/drafts/revision-reasons.ts); rows from older packs may carry others. */
  reason: string;
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
    for (const migration of MIGRATIONS) {
      const version = this.version(migration.version).stores(migration.stores);
      if (migration.upgrade) version.upgrade(migration.upgrade);
    }
  }
}

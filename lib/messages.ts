import { z } from 'zod';
import type { DraftRow } from './db';

/**
 * Every message between the extension's parts. Each is a zod-validated type; the background rejects anything
 * else. Page content (question text, answers) travels only inside the extension, never to a network.
 */
const text = z.string().max(1_000_000);
const shortText = z.string().max(10_000);

export const draftIdentitySchema = z.object({
  key: z.string().min(1).max(2_000),
  portalId: z.string().min(1).max(100),
  tenderRef: shortText.nullable(),
  tenderTitle: shortText.nullable(),
  question: shortText,
  url: z.string().max(4_000),
  /** Optional extras the page may show; kept on the tender and question rows. */
  tenderBuyer: shortText.nullable().optional(),
  /** ISO date (YYYY-MM-DD) or date-time of the response deadline. */
  tenderDeadline: z.string().max(40).nullable().optional(),
  questionLimit: z.object({ value: z.number().int().nonnegative(), unit: z.enum(['words', 'chars', 'pages']) }).nullable().optional(),
  questionClassification: z.string().max(200).nullable().optional(),
});

const key = z.string().min(1).max(2_000);

export const messageSchema = z.discriminatedUnion('type', [
  /**
   * `baseUpdatedAt`: the `updatedAt` this tab last loaded or saved (null = it saw no draft). When the stored
   * draft changed since, the answer says `conflict: true` and both texts are kept as revisions. Omitted = no check.
   */
  z.object({ type: z.literal('draft:save'), draft: draftIdentitySchema, text, baseUpdatedAt: z.number().nullable().optional() }),
  /** With `question`, a draft for a slightly reworded question on the same tender re-attaches (a fuzzy match). */
  z.object({ type: z.literal('draft:load'), key, question: shortText.optional() }),
  /** Before replacing a field's text on the user's request, keep what was there as a revision. */
  z.object({ type: z.literal('draft:keep-revision'), key, text, reason: z.string().max(100) }),
  z.object({ type: z.literal('drafts:count') }),
  /** Drafts for this question on any portal, when the user asks. */
  z.object({ type: z.literal('drafts:similar'), question: shortText, excludeKey: key.optional() }),
  // The drafts manager (extension pages only, see MANAGER_ONLY).
  z.object({ type: z.literal('drafts:list') }),
  z.object({ type: z.literal('drafts:search'), query: z.string().max(500) }),
  z.object({ type: z.literal('drafts:history'), key }),
  /** Put an old version back; the current text becomes a revision first. */
  z.object({ type: z.literal('drafts:restore'), key, revisionId: z.number().int().positive() }),
  z.object({ type: z.literal('drafts:delete'), key }),
  z.object({ type: z.literal('drafts:undelete'), key }),
  z.object({ type: z.literal('drafts:mark-submitted'), key, submitted: z.boolean() }),
  z.object({ type: z.literal('drafts:export') }),
  z.object({ type: z.literal('drafts:delete-all'), confirm: z.literal('delete everything') }),
  /** Read, or with `retentionDays` set, change the draft settings (null = keep for ever). */
  z.object({ type: z.literal('drafts:settings'), retentionDays: z.number().int().min(0).max(3650).nullable().optional() }),
]);

/** Messages only the extension's own pages (drafts manager, side panel) may send; content scripts may not. */
export const MANAGER_ONLY: ReadonlySet<string> = new Set([
  'drafts:list',
  'drafts:search',
  'drafts:history',
  'drafts:restore',
  'drafts:delete',
  'drafts:undelete',
  'drafts:mark-submitted',
  'drafts:export',
  'drafts:delete-all',
  'drafts:settings',
]);
export type Message = z.infer<typeof messageSchema>;
export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

export interface StoredDraftView {
  key: string;
  text: string;
  updatedAt: number;
  /** Present when the draft was found for a reworded question rather than by its exact key. */
  match?: { kind: 'fuzzy'; score: number; fromKey: string; question: string };
}

export interface TenderView {
  id: string;
  portalId: string;
  reference: string | null;
  title: string | null;
  buyer: string | null;
  deadline: string | null;
}

/** One draft in the manager's list (text cut to a preview). */
export interface DraftSummary {
  key: string;
  tenderId: string;
  portalId: string;
  question: string;
  preview: string;
  words: number;
  updatedAt: number;
  submittedAt: number;
  /** When a page last showed the question; a draft whose question was not seen again is still listed. */
  questionLastSeen: number | null;
  /** The tender's page was seen again but this question was not: reworded or removed. The draft stays listed. */
  questionMissing: boolean;
}

export interface RevisionView {
  id: number;
  text: string;
  savedAt: number;
  reason: string;
  author?: string;
}

/** One draft as the manager shows it: the stored row, with "not submitted" as 0. */
export type DraftDetail = Omit<DraftRow, 'submittedAt' | 'deletedAt'> & { submittedAt: number };

export interface SimilarDraft {
  key: string;
  score: number;
  portalId: string;
  tenderId: string;
  question: string;
  preview: string;
  updatedAt: number;
}

export interface DraftSettings {
  retentionDays: number | null;
}

export type Response =
  | {
      ok: true;
      draft?: StoredDraftView | null;
      count?: number;
      savedAt?: number;
      /** draft:save: another tab changed this draft since this one loaded it; both texts are kept as revisions. */
      conflict?: boolean;
      tenders?: TenderView[];
      drafts?: DraftSummary[];
      hits?: Array<{ key: string; in: string }>;
      detail?: DraftDetail | null;
      revisions?: RevisionView[];
      similar?: SimilarDraft[];
      exported?: unknown;
      settings?: DraftSettings;
    }
  | { ok: false; error: string };

/** Messages the popup sends to the content script of the active tab. */
export const tabMessageSchema = z.object({ type: z.literal('page:status') });
export interface PageStatus {
  portal: string | null;
  fieldsFound: number;
  socialValueFields: number;
  paused: boolean;
  /** Fields found but not yet examined: they are described and classified as they approach the viewport. */
  fieldsWaiting?: number;
  /** Set when the page has more answer fields than the extension examines (hostile or broken pages): the limit. */
  fieldCap?: number;
}

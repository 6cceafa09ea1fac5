import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import type { DraftRow } from '../db';
import { LIMIT_UNITS } from '../limits';

/**
 * The light half of the message protocol: the schemas and answer types callers share (no handlers, no database),
 * so content scripts and pages can import them without pulling in the background's code.
 */
export const shortText = lazySchema(() => z.string().check(z.maxLength(10_000)));

export const draftIdentitySchema = lazySchema(() =>
  z.object({
    key: z.string().check(z.minLength(1), z.maxLength(2_000)),
    portalId: z.string().check(z.minLength(1), z.maxLength(100)),
    tenderRef: z.nullable(shortText),
    tenderTitle: z.nullable(shortText),
    question: shortText,
    url: z.string().check(z.maxLength(4_000)),
    /** Optional extras the page may show; kept on the tender and question rows. */
    tenderBuyer: z.optional(z.nullable(shortText)),
    /** ISO date (YYYY-MM-DD) or date-time of the response deadline. */
    tenderDeadline: z.optional(z.nullable(z.string().check(z.maxLength(40)))),
    questionLimit: z.optional(
      z.nullable(z.object({ value: z.int().check(z.nonnegative()), unit: z.enum(LIMIT_UNITS) })),
    ),
    questionClassification: z.optional(z.nullable(z.string().check(z.maxLength(200)))),
  }),
);

/** What `draft:save` carries (declared in `drafts.ts`). */
export interface DraftSaveRequest {
  draft: z.infer<typeof draftIdentitySchema>;
  text: string;
  /**
   * The `updatedAt` this tab last loaded or saved (null = it saw no draft). When the stored draft changed since,
   * the answer says `conflict: true` and both texts are kept as revisions. Omitted = no check.
   */
  baseUpdatedAt?: number | null;
}

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

/** What the popup sends the content script of the active tab (which checks its type and that it came from us). */
export const PAGE_STATUS_REQUEST = { type: 'page:status' } as const;
/** The content script's answer to `page:status`; the popup validates it (a tab's answer is never cast). */
export const pageStatusSchema = lazySchema(() =>
  z.object({
    portal: z.nullable(z.string()),
    fieldsFound: z.number(),
    socialValueFields: z.number(),
    paused: z.boolean(),
    /** Fields found but not yet examined: they are described and classified as they approach the viewport. */
    fieldsWaiting: z.optional(z.int().check(z.nonnegative())),
    /** Set when the page has more answer fields than the extension examines (hostile or broken pages): the limit. */
    fieldCap: z.optional(z.int().check(z.positive())),
  }),
);
export type PageStatus = z.infer<typeof pageStatusSchema>;

/** One tender in the packs page's export list (`pack:tenders`). */
export interface PackTenderSummary {
  id: string;
  portalId: string;
  title: string | null;
  reference: string | null;
  drafts: number;
}

/** At most this many questions per `analysis:classify` message (a content script sends one batch per frame). */
export const CLASSIFY_BATCH_MAX = 500;

/**
 * The longest text of each kind the analysis messages carry (`analysis.ts` refuses longer): content scripts cut to
 * these before sending, so a long page is analysed on its first characters rather than refused.
 */
export const ANALYSIS_TEXT_MAX = {
  question: 10_000,
  hint: 10_000,
  section: 2_000,
  title: 2_000,
  pageText: 20_000,
  buyerQuestion: 100_000,
  answer: 1_000_000,
} as const;

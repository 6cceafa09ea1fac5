import { z } from 'zod';
import { countDrafts, keepRevision, loadDraft, saveDraft } from '../drafts/store';
import {
  deleteEverything,
  draftHistory,
  exportAll,
  getSettings,
  invalidateSearch,
  listDrafts,
  markSubmitted,
  restoreRevision,
  searchAll,
  setDeleted,
  setRetentionDays,
  similarDrafts,
} from '../drafts/admin';
import { REVISION_REASONS, type RevisionReason } from '../drafts/revision-reasons';
import type { SearchHit } from '../drafts/search';
import { answers, block, type Empty } from './define';
import { storageErrorMessage } from './errors';
import {
  draftIdentitySchema,
  shortText,
  type DraftDetail,
  type DraftSettings,
  type DraftSummary,
  type RevisionView,
  type SimilarDraft,
  type StoredDraftView,
  type TenderView,
} from './views';

/** Drafts: the content script's autosave and restore (`draft:`), and the drafts manager's messages (`drafts:`). */
const text = z.string().max(1_000_000);
const key = z.string().min(1).max(2_000);
const MANAGER = { from: 'page', refusal: 'Refused: only the drafts manager may do that.' } as const;

export const DRAFT_MESSAGES = block(
  { describeError: storageErrorMessage },
  {
    /**
     * `baseUpdatedAt`: the `updatedAt` this tab last loaded or saved (null = it saw no draft). When the stored
     * draft changed since, the answer says `conflict: true` and both texts are kept as revisions. Omitted = no check.
     */
    'draft:save': answers<{ savedAt: number; conflict?: boolean }>()({
      from: 'either',
      schema: z.strictObject({ draft: draftIdentitySchema, text, baseUpdatedAt: z.number().nullable().optional() }),
      draftKeys: (m) => [m.draft.key],
      async handle(message, { db }) {
        invalidateSearch();
        const { savedAt, conflict } = await saveDraft(db, message);
        return conflict ? { ok: true, savedAt, conflict } : { ok: true, savedAt };
      },
    }),
    /** With `question`, a draft for a slightly reworded question on the same tender re-attaches (a fuzzy match). */
    'draft:load': answers<{ draft: StoredDraftView | null }>()({
      from: 'either',
      schema: z.strictObject({ key, question: z.optional(shortText) }),
      draftKeys: (m) => [m.key],
      handle: async (m, { db }) => ({ ok: true, draft: await loadDraft(db, m.key, m.question) }),
    }),
    /** Before replacing a field's text on the user's request, keep what was there as a revision. */
    'draft:keep-revision': answers()({
      from: 'either',
      schema: z.strictObject({
        key,
        text,
        reason: z.enum(Object.keys(REVISION_REASONS) as [RevisionReason, ...RevisionReason[]]),
      }),
      draftKeys: (m) => [m.key],
      async handle(m, { db }) {
        invalidateSearch();
        await keepRevision(db, m.key, m.text, m.reason);
        return { ok: true };
      },
    }),
    'drafts:count': answers<{ count: number }>()({
      from: 'either',
      schema: z.strictObject({}),
      handle: async (_m, { db }) => ({ ok: true, count: await countDrafts(db) }),
    }),
    /** Drafts for this question on any portal, when the user asks. Their text is other tenders': pages only. */
    'drafts:similar': answers<{ similar: SimilarDraft[] }>()({
      from: 'page',
      refusal: 'Refused: extension pages only.',
      schema: z.strictObject({ question: shortText, excludeKey: key.optional() }),
      handle: async (m, { db }) => ({ ok: true, similar: await similarDrafts(db, m.question, m.excludeKey) }),
    }),
    // The drafts manager (full page and side panel).
    'drafts:list': answers<{ tenders: TenderView[]; drafts: DraftSummary[] }>()({
      ...MANAGER,
      schema: z.strictObject({}),
      handle: async (_m, { db }) => ({ ok: true, ...(await listDrafts(db)) }),
    }),
    'drafts:search': answers<{ hits: SearchHit[] }>()({
      ...MANAGER,
      schema: z.strictObject({ query: z.string().max(500) }),
      handle: async (m, { db }) => ({ ok: true, hits: await searchAll(db, m.query) }),
    }),
    'drafts:history': answers<{ detail: DraftDetail | null; revisions: RevisionView[] }>()({
      ...MANAGER,
      schema: z.strictObject({ key }),
      handle: async (m, { db }) => ({ ok: true, ...(await draftHistory(db, m.key)) }),
    }),
    /** Put an old version back; the current text becomes a revision first. */
    'drafts:restore': answers<{ detail: DraftDetail }>()({
      ...MANAGER,
      schema: z.strictObject({ key, revisionId: z.number().int().positive() }),
      async handle(m, { db }) {
        invalidateSearch();
        return { ok: true, detail: await restoreRevision(db, m.key, m.revisionId) };
      },
    }),
    'drafts:delete': answers()({
      ...MANAGER,
      schema: z.strictObject({ key }),
      async handle(m, { db }) {
        invalidateSearch();
        await setDeleted(db, m.key, true);
        return { ok: true };
      },
    }),
    'drafts:undelete': answers()({
      ...MANAGER,
      schema: z.strictObject({ key }),
      async handle(m, { db }) {
        invalidateSearch();
        await setDeleted(db, m.key, false);
        return { ok: true };
      },
    }),
    'drafts:mark-submitted': answers()({
      ...MANAGER,
      schema: z.strictObject({ key, submitted: z.boolean() }),
      async handle(m, { db }) {
        await markSubmitted(db, m.key, m.submitted);
        return { ok: true };
      },
    }),
    'drafts:export': answers<{ exported: Awaited<ReturnType<typeof exportAll>> }>()({
      ...MANAGER,
      schema: z.strictObject({}),
      handle: async (_m, { db }) => ({ ok: true, exported: await exportAll(db) }),
    }),
    'drafts:delete-all': answers<Empty>()({
      ...MANAGER,
      schema: z.strictObject({ confirm: z.literal('delete everything') }),
      async handle(_m, { db }) {
        invalidateSearch();
        await deleteEverything(db);
        return { ok: true };
      },
    }),
    /** Read, or with `retentionDays` set, change the draft settings (null = keep for ever). */
    'drafts:settings': answers<{ settings: DraftSettings }>()({
      ...MANAGER,
      schema: z.strictObject({ retentionDays: z.number().int().min(0).max(3650).nullable().optional() }),
      handle: async (m, { db }) => ({
        ok: true,
        settings: m.retentionDays === undefined ? await getSettings(db) : await setRetentionDays(db, m.retentionDays),
      }),
    }),
  },
);

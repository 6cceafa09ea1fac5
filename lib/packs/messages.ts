import { z } from 'zod';
import { CATEGORY_IDS, THEME_IDS } from '../knowledge/ids';
import { READ_LIMITS } from './read';

/**
 * Messages for packs (`pack:`) and the evidence library (`evidence:`), zod-validated by the background.
 * A pack file travels as base64 (extension messages are JSON).
 */
const base64File = z
  .string()
  .max(Math.ceil((READ_LIMITS.maxFileBytes + 1) / 3) * 4 + 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);
const choice = z.enum(['mine', 'theirs']);
const choices = z
  .strictObject({
    drafts: z.record(z.string().max(2_000), choice).optional(),
    evidence: z.record(z.string().max(200), choice).optional(),
  })
  .default({});

const scope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('tenders'), tenderIds: z.array(z.string().min(1).max(2_000)).max(100_000) }),
  z.strictObject({ kind: z.literal('drafts'), draftKeys: z.array(z.string().min(1).max(2_000)).max(100_000) }),
]);
const revisions = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('latest'), count: z.number().int().min(1).max(1_000) }),
  z.strictObject({ kind: z.literal('chosen'), ids: z.array(z.number().int()).max(100_000) }),
]);
const evidence = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('chosen'), ids: z.array(z.string().min(1).max(200)).max(100_000) }),
]);

export const packMessageSchema = z.discriminatedUnion('type', [
  /** Tenders with their draft counts, for choosing what to export. */
  z.strictObject({ type: z.literal('pack:tenders') }),
  /** Build a pack (the page turns it into a .svlpack file with readable documents). */
  z.strictObject({
    type: z.literal('pack:export'),
    scope,
    revisions: revisions.default({ kind: 'latest', count: 5 }),
    evidence: evidence.default({ kind: 'all' }),
    authorName: z.string().max(200).default(''),
    note: z.string().max(10_000).default(''),
  }),
  /** Check a file and say what importing it would do. Writes nothing. */
  z.strictObject({ type: z.literal('pack:preview'), file: base64File }),
  /** Import a file after the user confirmed the preview, with their choice per conflict. One transaction. */
  z.strictObject({ type: z.literal('pack:import'), file: base64File, digest: z.string().max(64), choices }),
  z.strictObject({ type: z.literal('evidence:list') }),
  z.strictObject({ type: z.literal('evidence:search'), query: z.string().max(1_000) }),
  /** The item is validated by saveEvidence, so a bad field gets a specific message. */
  z.strictObject({ type: z.literal('evidence:save'), item: z.unknown() }),
  z.strictObject({ type: z.literal('evidence:delete'), id: z.string().min(1).max(200) }),
  /** Items that fit a classified question (the overlay calls this). */
  z.strictObject({
    type: z.literal('evidence:suggest'),
    classification: z.object({
      socialValue: z.boolean(),
      criterionIds: z.array(z.string().max(100)).max(60),
      themeIds: z.array(z.enum(THEME_IDS)).max(THEME_IDS.length),
    }),
    category: z.enum(CATEGORY_IDS).nullable(),
    limit: z.number().int().min(1).max(50).default(5),
  }),
]);
export type PackMessage = z.input<typeof packMessageSchema>;

import { z } from 'zod';
import { CATEGORY_IDS, MODEL_IDS, THEME_IDS } from '../knowledge/ids';
import { EvidenceItemSchema } from '../library/schema';

/**
 * The draft pack format, defined once. A pack is JSON (`pack.json` inside a `.svlpack` zip) holding tenders,
 * questions, drafts with chosen revisions and evidence items, plus a SHA-256 digest of everything else in it.
 *
 * Format versions (never edit a shipped version; add a new one with a numbered migration in ./migrations):
 * 1 = flat metadata (`author`), questions with `wordLimit`/`charLimit`/`theme`, no evidence.
 * 2 = metadata under `meta` (`author` renamed `authorName`), question `limits` and `classification`, draft
 *     `createdAt`/`submittedAt`, and evidence library items.
 */
export const PACK_FORMAT = 'svl-pack';
/** The format new packs are written in. */
export const CURRENT_FORMAT_VERSION = 2;
/** Every format this version reads, oldest first, ending at the current one. */
export const FORMAT_VERSIONS = [1, CURRENT_FORMAT_VERSION] as const;
export const PACK_JSON_NAME = 'pack.json';
export const PACK_EXTENSION = '.svlpack';

const id = z.string().min(1).max(2_000);
const short = z.string().max(10_000);
const answer = z.string().max(1_000_000);
const timestamp = z.number().int().min(0).max(8_640_000_000_000_000);
const isoInstant = z
  .string()
  .max(40)
  .refine((s) => !Number.isNaN(Date.parse(s)), 'a date and time');
const appVersion = z
  .string()
  .regex(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$/, 'a version like 1.2.3')
  .max(50);
const digestHex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 digest in hex');
const MAX_ITEMS = 100_000;

// ---------- version 1 ----------

const RevisionV1 = z.strictObject({
  text: answer,
  savedAt: timestamp,
  reason: z.string().max(100),
  author: short.optional(),
});

export const PackV1Schema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(1),
  appVersion,
  createdAt: isoInstant,
  author: z.string().max(200),
  note: z.string().max(10_000),
  tenders: z
    .array(
      z.strictObject({
        id,
        portalId: z.string().min(1).max(100),
        reference: short.nullable(),
        title: short.nullable(),
      }),
    )
    .max(MAX_ITEMS),
  questions: z
    .array(
      z.strictObject({
        key: id,
        tenderId: id,
        text: short,
        wordLimit: z.number().int().positive().nullable(),
        charLimit: z.number().int().positive().nullable(),
        theme: z.enum([...THEME_IDS, 'multiple']).nullable(),
      }),
    )
    .max(MAX_ITEMS),
  drafts: z
    .array(
      z.strictObject({
        key: id,
        tenderId: id,
        portalId: z.string().min(1).max(100),
        question: short,
        url: z.string().max(4_000),
        text: answer,
        updatedAt: timestamp,
        revisions: z.array(RevisionV1).max(1_000),
      }),
    )
    .max(MAX_ITEMS),
  digest: digestHex,
});
export type PackV1 = z.infer<typeof PackV1Schema>;

// ---------- version 2 (current) ----------

export const PackMetaSchema = z.strictObject({
  appVersion,
  createdAt: isoInstant,
  authorName: z.string().max(200),
  note: z.string().max(10_000),
});

export const PackTenderSchema = z.strictObject({
  id,
  portalId: z.string().min(1).max(100),
  reference: short.nullable(),
  title: short.nullable(),
  buyer: short.nullable(),
  deadline: z.string().max(40).nullable(),
});

export const PackLimitsSchema = z.strictObject({
  words: z.number().int().positive().nullable(),
  chars: z.number().int().positive().nullable(),
  pages: z.number().int().positive().nullable(),
});

export const PackClassificationSchema = z.strictObject({
  socialValue: z.boolean(),
  model: z.enum(MODEL_IDS).nullable(),
  themeIds: z.array(z.enum(THEME_IDS)).max(THEME_IDS.length),
  criterionIds: z.array(z.string().min(1).max(100)).max(60),
});

export const PackQuestionSchema = z.strictObject({
  key: id,
  tenderId: id,
  text: short,
  limits: PackLimitsSchema,
  classification: PackClassificationSchema.nullable(),
});

export const PackRevisionSchema = z.strictObject({
  text: answer,
  savedAt: timestamp,
  reason: z.string().max(100),
  author: z.string().max(200).nullable(),
});

export const PackDraftSchema = z.strictObject({
  key: id,
  tenderId: id,
  portalId: z.string().min(1).max(100),
  question: short,
  url: z.string().max(4_000),
  text: answer,
  createdAt: timestamp,
  updatedAt: timestamp,
  submittedAt: timestamp,
  revisions: z.array(PackRevisionSchema).max(1_000),
});

export const PackV2Schema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.literal(2),
  meta: PackMetaSchema,
  tenders: z.array(PackTenderSchema).max(MAX_ITEMS),
  questions: z.array(PackQuestionSchema).max(MAX_ITEMS),
  drafts: z.array(PackDraftSchema).max(MAX_ITEMS),
  evidence: z.array(EvidenceItemSchema).max(MAX_ITEMS),
  digest: digestHex,
});
export type PackV2 = z.infer<typeof PackV2Schema>;

/** The current pack, and its parts. */
export type Pack = PackV2;
export const PackSchema = PackV2Schema;
export type PackTender = z.infer<typeof PackTenderSchema>;
export type PackQuestion = z.infer<typeof PackQuestionSchema>;
export type PackDraft = z.infer<typeof PackDraftSchema>;
export type PackRevision = z.infer<typeof PackRevisionSchema>;
export type PackContent = Omit<Pack, 'digest'>;

/** The schema for each format version, by number. */
export const SCHEMAS: Record<(typeof FORMAT_VERSIONS)[number], z.ZodType> = { 1: PackV1Schema, 2: PackV2Schema };

/** Technology categories, re-exported for the packs page. */
export { CATEGORY_IDS };

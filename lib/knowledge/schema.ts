/**
 * zod schemas (and the types inferred from them) for the social value knowledge base.
 *
 * The data files in this folder are plain typed objects (`satisfies` these types), so the content script does not
 * pay for parsing at load time; `validate.ts` parses the whole knowledge base against these schemas and the unit
 * tests run it. Every item carries a `source` (document, section, date) and a `verification` status taken from the
 * reference's [V] / [S] / [R] tags (verified / secondary / unconfirmed).
 */
import { z } from 'zod';
import {
  CATEGORY_IDS,
  CRITERION_IDS,
  MODEL_IDS,
  PPN0620_OUTCOME_IDS,
  PPN002_MISSION_IDS,
  PPN002_OUTCOME_IDS,
  PPN026_OUTCOME_IDS,
  SCOT_CB_IDS,
  SCOT_FWF_IDS,
  THEME_IDS,
  VERIFICATION,
  WALES_GOAL_IDS,
} from './ids';
import { RATINGS } from './rating';

/** "2020", "2020-12" or "2020-12-03". */
const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const text = z.string().trim().min(1);

export const VerificationSchema = z.enum(VERIFICATION);
export const ThemeIdSchema = z.enum(THEME_IDS);
export const ModelIdSchema = z.enum(MODEL_IDS);
export const CriterionIdSchema = z.enum(CRITERION_IDS);
export const CategoryIdSchema = z.enum(CATEGORY_IDS);
export const OutcomeIdSchema = z.enum([...PPN0620_OUTCOME_IDS, ...PPN002_OUTCOME_IDS, ...PPN026_OUTCOME_IDS]);
export const MissionIdSchema = z.enum(PPN002_MISSION_IDS);

/** Where a fact comes from: the document to check it against, and (for [S] facts) the commentary that reported it. */
export const SourceSchema = z
  .object({
    document: text,
    section: text.optional(),
    date: isoDate,
    url: z.url().optional(),
    /** Secondary commentary or third-party code the fact was taken from, when not read in the document itself. */
    via: text.optional(),
  })
  .strict();

/** Fields every knowledge item has. */
const itemFields = {
  id: text,
  title: text.max(120),
  /** In Social Value Lens's own words; never a quotation. */
  summary: text.max(600),
  source: SourceSchema,
  verification: VerificationSchema,
};

export const ThemeSchema = z
  .object({ ...itemFields, id: ThemeIdSchema, modelId: z.literal('ppn-06-20'), number: z.int().min(1).max(5) })
  .strict();

/** The best-known topic of an outcome whose official title is not confirmed. */
export const GapTopicSchema = z.object({ label: text, basis: text, verification: z.literal('unconfirmed') }).strict();

export const OutcomeSchema = z
  .object({
    ...itemFields,
    id: OutcomeIdSchema,
    modelId: z.enum(['ppn-06-20', 'ppn-002', 'ppn-026']),
    number: z.int().min(1).max(8).optional(),
    /** PPN 06/20 only: the theme the outcome sits under. */
    themeId: ThemeIdSchema.optional(),
    /** PPN 002 only: the mission (for gap outcomes this is our inference; see `gapTopic`). */
    missionId: MissionIdSchema.optional(),
    /** The nearest PPN 06/20 theme (for PPN 06/20 outcomes, the theme itself). */
    nearestTheme: ThemeIdSchema,
    /** True when the outcome is known to exist but its title and criteria are not confirmed. */
    isGap: z.boolean(),
    gapTopic: GapTopicSchema.optional(),
  })
  .strict()
  .refine((o) => o.isGap === (o.gapTopic !== undefined), { message: 'gap outcomes (and only they) need a gapTopic' });

export const MetricSchema = z
  .object({
    label: text.max(160),
    verification: VerificationSchema,
    /** `reported`: believed to be in the model's own list; `suggested`: Social Value Lens's suggestion. */
    origin: z.enum(['reported', 'suggested']),
  })
  .strict();

export const CriterionSchema = z
  .object({
    ...itemFields,
    id: CriterionIdSchema,
    modelId: z.enum(['ppn-06-20', 'ppn-002', 'ppn-026']),
    /** The label used in tenders: "1.1" (PPN 06/20), "1a" (PPN 002), or a short name (PPN 026). */
    code: text,
    outcomeId: OutcomeIdSchema,
    /** PPN 06/20 only: the theme of the criterion's outcome. */
    themeId: ThemeIdSchema.optional(),
    nearestTheme: ThemeIdSchema,
    /** Other themes a question on this criterion is often read under. */
    alsoNear: z.array(ThemeIdSchema).optional(),
    /** Verification of the official title wording (our `title` is always a paraphrase). */
    titleVerification: VerificationSchema,
    /** What evaluators look for in an answer to this criterion (our words). */
    lookFor: z.array(text.max(160)).min(3).max(5),
    metrics: z.array(MetricSchema),
    needsBaseline: z.boolean(),
    baselineNote: text.optional(),
  })
  .strict()
  .refine((c) => !c.needsBaseline || c.baselineNote !== undefined, {
    message: 'needsBaseline requires a baselineNote',
  });

export const MissionSchema = z
  .object({ ...itemFields, id: MissionIdSchema, number: z.int().min(1).max(5), nearestTheme: ThemeIdSchema })
  .strict();

/** A fact about a model or framework (question format, thresholds, dates, general evaluator points). */
export const FactSchema = z.object({ ...itemFields, appliesTo: z.array(ModelIdSchema).min(1) }).strict();

/** An item of a devolved framework (Scottish community benefits and Fair Work First, Welsh well-being goals). */
export const FrameworkItemSchema = z
  .object({
    ...itemFields,
    id: z.enum([...SCOT_CB_IDS, ...SCOT_FWF_IDS, ...WALES_GOAL_IDS]),
    modelId: z.enum(['scotland-community-benefits', 'scotland-fair-work-first', 'wales-wellbeing-goals']),
    nearestTheme: ThemeIdSchema,
    alsoNear: z.array(ThemeIdSchema).optional(),
  })
  .strict();

/** Something the knowledge base knows it does not know. Gaps are unconfirmed by definition. */
export const GapSchema = z
  .object({ ...itemFields, verification: z.literal('unconfirmed'), affects: z.array(text).min(1) })
  .strict();

export const ModelSchema = z
  .object({
    ...itemFields,
    id: ModelIdSchema,
    shortTitle: text.max(40),
    jurisdiction: z.enum(['uk-central', 'scotland', 'wales', 'any']),
    inForce: z.object({ from: isoDate.optional(), until: isoDate.optional(), note: text }).strict(),
  })
  .strict();

export const Ppn026RulesSchema = z
  .object({
    commencedOnOrAfter: isoDate,
    minContractValueGbp: z.number().positive(),
    valueIncludesVat: z.boolean(),
    /** Minimum social value weighting: `percent` applies from `fromValueGbp` up to the next band. */
    weightingBands: z
      .array(z.object({ fromValueGbp: z.number().nonnegative(), percent: z.number().min(0).max(100) }).strict())
      .min(1),
    minKpisFromValueGbp: z.number().positive(),
    minKpis: z.int().positive(),
    hasReportingMetrics: z.boolean(),
    source: SourceSchema,
    verification: VerificationSchema,
  })
  .strict();

export const ScotlandCbRuleSchema = z
  .object({
    thresholdGbp: z.number().positive(),
    inForce: isoDate,
    source: SourceSchema,
    verification: VerificationSchema,
  })
  .strict();

export const TomsRecognitionSchema = z
  .object({
    ...itemFields,
    id: z.literal('toms-recognition'),
    modelId: z.literal('toms'),
    owner: text,
    licence: z.literal('CC BY-NC-ND 4.0'),
    licenceUrl: z.url(),
    /** Words that suggest a question uses TOMs (recognition only). */
    detectionTerms: z.array(text).min(1),
    /** What to show the user. */
    userMessage: text,
  })
  .strict();

export const RatingSchema = z.enum(RATINGS);

export const CategoryRatingSchema = z.object({ rating: RatingSchema, reason: text.max(200) }).strict();

export const CategorySchema = z
  .object({ id: CategoryIdSchema, title: text.max(60), description: text.max(300) })
  .strict();

export type Source = z.infer<typeof SourceSchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type GapTopic = z.infer<typeof GapTopicSchema>;
export type Outcome = z.infer<typeof OutcomeSchema>;
export type OutcomeId = z.infer<typeof OutcomeIdSchema>;
export type MissionId = z.infer<typeof MissionIdSchema>;
export type Metric = z.infer<typeof MetricSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type Mission = z.infer<typeof MissionSchema>;
export type Fact = z.infer<typeof FactSchema>;
export type FrameworkItem = z.infer<typeof FrameworkItemSchema>;
export type Gap = z.infer<typeof GapSchema>;
export type Model = z.infer<typeof ModelSchema>;
export type Ppn026Rules = z.infer<typeof Ppn026RulesSchema>;
export type ScotlandCbRule = z.infer<typeof ScotlandCbRuleSchema>;
export type TomsRecognition = z.infer<typeof TomsRecognitionSchema>;
export type CategoryRating = z.infer<typeof CategoryRatingSchema>;
export type Category = z.infer<typeof CategorySchema>;
export type { Rating } from './rating';

/**
 * The schemas the cue tables in ./cues.ts must satisfy, and the tables paired with them for the tests. Kept apart
 * from the tables so the content script, which only reads the tables, builds no zod schema for them.
 */
import { z } from 'zod';
import { CRITERION_IDS, MODEL_IDS, THEME_IDS } from '../knowledge/ids';
import { FRAME_CUES, MODEL_CUES, NATIVE_IDS, NEGATIVE_CUES, SECTION_CUES, STRONG_CUES, TOPIC_CUES } from './cues';

const phraseSchema = z.string().min(2);
const themeSchema = z.enum(THEME_IDS);

export const strongCueSchema = z.object({
  phrase: phraseSchema,
  weight: z.number().positive(),
  /** Set when the cue also points to one theme (e.g. "fair work first"). */
  theme: themeSchema.optional(),
  /** The cue names a TOMs-style framework. */
  toms: z.boolean().optional(),
});
export const topicCueSchema = z.object({
  phrase: phraseSchema,
  weight: z.number().positive(),
  theme: themeSchema,
  criteria: z.array(z.enum(CRITERION_IDS)).default([]),
  native: z.array(z.enum(NATIVE_IDS)).default([]),
  /** Names the target group or theme itself (disabled people, COVID-19, net zero ...): decides the theme over activity
   *  words (training, jobs) that several themes share. */
  lead: z.boolean().default(false),
  /** The theme in a Scottish text, where the same words name Scottish policy (bare "fair work": Fair Work First). */
  scottishTheme: themeSchema.optional(),
  /** Names the community or area in general ("local communities", "to the community"), not what is done for it: alone
   *  beside a generic social value cue it gives no theme. */
  generic: z.boolean().default(false),
});
export const frameCueSchema = z.object({ phrase: phraseSchema, weight: z.number().positive() });
export const negativeCueSchema = z.object({
  phrase: phraseSchema,
  /** 0: argues nothing, only hides the positive cues inside it ("environment" in "working environment"). */
  weight: z.number().nonnegative(),
  /** Short name of the hard negative, for reports. */
  reason: z.string().min(3),
  /** The text describes what is being bought (a service, a system's requirement, training for the buyer's staff) or the
   *  buyer's own stated strategy: its topic words are that subject, so no weight of them makes it social value; only a
   *  strong cue or a word of commitment beyond the service does (see `vetoed` in classify.ts). */
  veto: z.literal(true).optional(),
});
export const modelCueSchema = z.object({ phrase: phraseSchema, model: z.enum(MODEL_IDS) });
export const sectionCueSchema = z.object({ phrase: phraseSchema, weight: z.number() });

export type StrongCue = z.infer<typeof strongCueSchema>;
export type TopicCue = z.infer<typeof topicCueSchema>;
export type FrameCue = z.infer<typeof frameCueSchema>;
export type NegativeCue = z.infer<typeof negativeCueSchema>;
export type ModelCue = z.infer<typeof modelCueSchema>;
export type SectionCue = z.infer<typeof sectionCueSchema>;

/** Each cue table with the schema it must satisfy (for the tests). */
export const CUE_TABLES = [
  ['strong', strongCueSchema, STRONG_CUES],
  ['topic', topicCueSchema, TOPIC_CUES],
  ['frame', frameCueSchema, FRAME_CUES],
  ['negative', negativeCueSchema, NEGATIVE_CUES],
  ['model', modelCueSchema, MODEL_CUES],
  ['section', sectionCueSchema, SECTION_CUES],
] as const;

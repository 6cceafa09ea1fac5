/**
 * The shape of a user's or team's relevance overrides (settings, imported files). Apart from the matrix
 * (relevance.ts, relevance-data.ts) so settings, which every portal page reads, do not load the matrix.
 */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { CATEGORY_IDS, CRITERION_IDS } from './ids';
import { RATINGS } from './rating';

// The schemas are marked pure so a bundle that only calls relevanceFor()/whatItMeans() can drop zod entirely.

/** One override: the team's rating and, optionally, why. */
export const RelevanceOverrideSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    rating: z.enum(RATINGS),
    reason: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))),
  }))();

/** A user's or team's overrides: `{ [category]: { [criterionId]: { rating, reason? } } }`. Unknown ids are rejected. */
export const RelevanceOverridesSchema = /* @__PURE__ */ (() =>
  z.partialRecord(z.enum(CATEGORY_IDS), z.partialRecord(z.enum(CRITERION_IDS), RelevanceOverrideSchema)))();

export type RelevanceOverride = z.infer<typeof RelevanceOverrideSchema>;
export type RelevanceOverrides = z.infer<typeof RelevanceOverridesSchema>;

export type ParseOverridesResult = { ok: true; overrides: RelevanceOverrides } | { ok: false; error: string };

/** Validate overrides from storage or an imported file. */
export function parseRelevanceOverrides(input: unknown): ParseOverridesResult {
  const result = RelevanceOverridesSchema.safeParse(input);
  if (result.success) return { ok: true, overrides: result.data };
  // zod/mini loads no wording of its own: the English messages, for the person who imported the file.
  z.config(en());
  return { ok: false, error: z.prettifyError(result.error) };
}

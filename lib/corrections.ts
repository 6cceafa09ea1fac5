import * as z from 'zod/mini';
import { lazySchema } from './lazy-schema';
import { CRITERION_IDS, THEME_IDS } from './knowledge/ids';
import { nearestTheme } from './knowledge/labels';
import type { Classification } from './classifier';

/**
 * A user's correction of a classification, remembered per question (by its draft key) in storage.local, so the
 * same question shows the corrected theme next time.
 */
export const correctionSchema = lazySchema(() =>
  z.object({
    themeId: z.enum([...THEME_IDS, 'multiple']),
    criterionIds: z._default(z.array(z.enum(CRITERION_IDS)).check(z.maxLength(10)), []),
    /** The user says this is not a social value question at all. */
    notSocialValue: z._default(z.boolean(), false),
  }),
);
export type Correction = z.infer<typeof correctionSchema>;

export const correctionsSchema = lazySchema(() => z.record(z.string().check(z.maxLength(2_000)), correctionSchema));
export type Corrections = z.infer<typeof correctionsSchema>;
export const CORRECTIONS_KEY = 'corrections';

/** Stored corrections, dropping any malformed entry rather than all of them. */
export function parseCorrections(raw: unknown): Corrections {
  if (typeof raw !== 'object' || raw === null) return {};
  const out: Corrections = {};
  for (const [key, value] of Object.entries(raw)) {
    const parsed = correctionSchema.safeParse(value);
    if (parsed.success) out[key] = parsed.data;
  }
  return out;
}

/** The classification as the user corrected it; "why" says so. */
export function applyCorrection(classification: Classification, correction: Correction | undefined): Classification {
  if (!correction) return classification;
  if (correction.notSocialValue) {
    return { ...classification, socialValue: false, why: ['you marked this as not a social value question'] };
  }
  const criterionIds = correction.criterionIds.length
    ? correction.criterionIds
    : classification.criterionIds.filter(
        (id) => correction.themeId === 'multiple' || nearestTheme(id) === correction.themeId,
      );
  return {
    ...classification,
    socialValue: true,
    themeId: correction.themeId,
    themeIds: correction.themeId === 'multiple' ? classification.themeIds : [correction.themeId],
    criterionIds,
    why: ['your correction', ...classification.why],
  };
}

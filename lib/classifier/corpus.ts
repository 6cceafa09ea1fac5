/**
 * The labelled corpus (test/corpus/*.jsonl): one record per real public text. Used by scripts/train.ts, scripts/eval.ts
 * and the corpus test; never loaded by the extension.
 */
import { z } from 'zod';

export const THEME_LABELS = [
  'covid-19 recovery',
  'tackling economic inequality',
  'fighting climate change',
  'equal opportunity',
  'wellbeing',
  'multiple themes',
  'not social value',
] as const;
export const LABEL_THEME_IDS = [
  'covid-recovery',
  'economic-inequality',
  'climate',
  'equal-opportunity',
  'wellbeing',
] as const;

/** Where a record's rules apply; English bodies are 'uk' (test/corpus/batch.py keeps the same list for the scripts). */
export const JURISDICTIONS = ['uk', 'scotland', 'wales', 'ppn-002', 'ppn-026', 'northern-ireland'] as const;

export const corpusRecordSchema = z
  .object({
    id: z.string().min(1),
    text: z.string().min(1),
    hint: z.string().nullable(),
    section: z.string().nullable(),
    /** URL, or github:owner/repo@commit:path. */
    source: z.string().regex(/^(https?:\/\/|github:)/),
    /** Cross-validation group: records of one source document share it. */
    group: z.string().min(1),
    /** Source family for reporting (dm-gcloud-services, scot-cb, ppn0620-model ...). */
    family: z.string().min(1),
    licence: z.string().min(3),
    is_social_value: z.boolean(),
    theme_guess: z.enum(THEME_LABELS),
    secondary_themes: z.array(z.enum(LABEL_THEME_IDS)),
    jurisdiction: z.enum(JURISDICTIONS),
    limit_words: z.number().int().positive().nullable(),
    limit_chars: z.number().int().positive().nullable(),
    weighting_percent: z.number().positive().max(100).nullable(),
  })
  .refine((r) => r.is_social_value === (r.theme_guess !== 'not social value'), {
    message: 'theme_guess must be "not social value" exactly when is_social_value is false',
  });
export type CorpusRecord = z.infer<typeof corpusRecordSchema>;

export function parseCorpus(content: string, file = 'corpus'): CorpusRecord[] {
  const out: CorpusRecord[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const r = corpusRecordSchema.safeParse(JSON.parse(line));
    if (!r.success)
      throw new Error(
        `${file} line ${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
      );
    out.push(r.data);
  });
  return out;
}

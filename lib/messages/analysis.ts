import { z } from 'zod';
import { checkQuestion, type CheckResult } from '../checks';
import { classifyQuestion, type Classification } from '../classifier';
import { inferBuyerType } from '../classifier/model';
import { buildGuidance, type Guidance } from '../guidance/build';
import { CATEGORY_IDS, MODEL_IDS } from '../knowledge/ids';
import { RelevanceOverridesSchema } from '../knowledge/relevance-schema';
import { analyseEvidence, type EvidenceReport } from '../reminders/answer';
import { answers, block } from './define';
import { classificationSchema } from './side-panel-views';
import { ANALYSIS_TEXT_MAX as MAX, CLASSIFY_BATCH_MAX } from './views';

/**
 * The heavy pure work, done in the background so a portal page loads none of it (issue 14): the classifier and its
 * weights, the knowledge tables, the evidence reminders and the buyer checks. A content script sends what the page
 * already shows (question wording, hint, section, the user's own text); nothing is stored and nothing is sent on.
 */

const textUpTo = (max: number) => z.string().max(max);
const classifyItemSchema = z.strictObject({
  question: textUpTo(MAX.question),
  hint: textUpTo(MAX.hint),
  section: textUpTo(MAX.section),
});
export type ClassifyItem = z.infer<typeof classifyItemSchema>;

export const ANALYSIS_MESSAGES = block(
  { refusal: 'Refused.', describeError: () => 'The question could not be analysed. Reload the page and try again.' },
  {
    /** Classify the questions of newly seen fields: one answer per item, in order. */
    'analysis:classify': answers<{ classifications: Classification[] }>()({
      from: 'either',
      schema: z.strictObject({
        items: z.array(classifyItemSchema).max(CLASSIFY_BATCH_MAX),
        tenderTitle: textUpTo(MAX.title),
        preferredModel: z.enum([...MODEL_IDS, 'auto']),
        portalHost: textUpTo(253),
      }),
      async handle({ items, tenderTitle, preferredModel, portalHost }) {
        const classifications = items.map((item) =>
          classifyQuestion(item.question, {
            hint: item.hint,
            section: item.section,
            tenderTitle,
            preferredModel,
            portalHost,
          }),
        );
        return { ok: true, classifications };
      },
    }),
    /**
     * The evidence reminders for a classified field's text (null text: none), and its guidance when asked for: the
     * guidance changes only with the classification, so a field asks once and again after a correction.
     */
    'analysis:field': answers<{ guidance: Guidance | null; evidence: EvidenceReport | null }>()({
      from: 'either',
      schema: z.strictObject({
        classification: z.strictObject({ ...classificationSchema.shape }),
        category: z.enum(CATEGORY_IDS),
        overrides: RelevanceOverridesSchema,
        text: textUpTo(MAX.answer).nullable(),
        withGuidance: z.boolean(),
      }),
      async handle({ classification, category, overrides, text, withGuidance }) {
        const guidance = buildGuidance(classification as Classification, category, overrides);
        const evidence = text === null ? null : analyseEvidence(text, { needsBaseline: guidance.needsBaseline });
        return { ok: true, guidance: withGuidance ? guidance : null, evidence };
      },
    }),
    /** Check a buyer's question wording (the procurer overlay); the buyer type is read from the page's headings. */
    'analysis:check': answers<{ result: CheckResult }>()({
      from: 'either',
      schema: z.strictObject({
        text: textUpTo(MAX.buyerQuestion),
        hint: textUpTo(MAX.hint),
        section: textUpTo(MAX.section),
        tenderTitle: textUpTo(MAX.title),
        pageText: textUpTo(MAX.pageText),
        portalHost: textUpTo(253),
        weightingPercent: z.number().finite().nullable(),
      }),
      async handle({ text, hint, section, tenderTitle, pageText, portalHost, weightingPercent }) {
        const buyerType = inferBuyerType([pageText, tenderTitle]);
        const result = checkQuestion(text, {
          hint: hint || undefined,
          section: section || undefined,
          tenderTitle,
          ...(buyerType !== 'unknown' ? { buyerType } : {}),
          portalHost,
          weightingPercent,
        });
        return { ok: true, result };
      },
    }),
  },
);

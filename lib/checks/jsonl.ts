/**
 * The buyer's checker over JSON Lines (issue 11, `npm run --silent check`): one {"id","text","context"} object a
 * line in, one JSON line out per question with its findings and the model chosen with its reason. Pure; the
 * script in scripts/check.ts only streams lines through `checkJsonLine`. zod-validated; a malformed line gives
 * {"line", "id", "error"} and the run goes on.
 */
import { z } from 'zod';
import { CATEGORY_IDS, MODEL_IDS } from '../knowledge/ids';
import { checkQuestion } from './index';
import type { CheckContext } from './types';

export const CheckContextSchema = z
  .object({
    hint: z.string().optional(),
    section: z.string().optional(),
    tenderTitle: z.string().optional(),
    procurementDate: z.string().optional(),
    preferredModel: z.union([z.enum(MODEL_IDS), z.literal('auto')]).optional(),
    category: z.enum(CATEGORY_IDS).optional(),
    contractValueGbp: z.number().nonnegative().finite().optional(),
    weightingPercent: z.number().min(0).max(100).nullable().optional(),
    markupLimit: z
      .object({ unit: z.enum(['words', 'chars']), value: z.int().positive() })
      .nullable()
      .optional(),
    buyerType: z.enum(['central', 'local', 'nhs', 'devolved', 'other', 'unknown']).optional(),
    jurisdiction: z.enum(['uk-central', 'scotland', 'wales', 'northern-ireland']).optional(),
    framework: z.string().optional(),
    portalHost: z.string().optional(),
    regime: z.enum(['pcr-2015', 'pa-2023']).optional(),
    jurisdictionStated: z.boolean().optional(),
  })
  .strict();

export const CheckLineSchema = z
  .object({
    id: z.union([z.string(), z.number()]),
    text: z.string().max(20_000),
    context: CheckContextSchema.optional(),
  })
  .strict();

export interface CheckLineOut {
  id: string | number;
  model: string;
  modelReason: string;
  jurisdiction: string;
  regime: string;
  buyerType: string;
  /** True when the model is only reported (PPN 026): information, never a rule. */
  unverified: boolean;
  /** Framework notices shown with the model (Digital Marketplace declaration; PPN 06/20 call-offs), by id and title. */
  notices: { id: string; title: string }[];
  counts: { error: number; warning: number; tip: number };
  findings: {
    checkId: string;
    severity: string;
    message: string;
    reason: string;
    citation: string;
    verification: string;
    spans: { start: number; end: number; text: string }[];
  }[];
}

export interface CheckLineError {
  line: number;
  id: string | number | null;
  error: string;
}

/** Checks one input line; null for a blank line. */
export function checkJsonLine(line: string, lineNo: number): CheckLineOut | CheckLineError | null {
  if (line.trim() === '') return null;
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return { line: lineNo, id: null, error: `not JSON: ${(e as Error).message}` };
  }
  const parsed = CheckLineSchema.safeParse(raw);
  if (!parsed.success) {
    const id =
      raw && typeof raw === 'object' && 'id' in raw && (typeof raw.id === 'string' || typeof raw.id === 'number')
        ? raw.id
        : null;
    const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
    return { line: lineNo, id, error: why };
  }
  const { id, text } = parsed.data;
  const context = (parsed.data.context ?? {}) as CheckContext;
  const result = checkQuestion(text, context);
  const decision = result.decision;
  return {
    id,
    model: result.model,
    modelReason: result.modelReason,
    jurisdiction: decision.jurisdiction,
    regime: decision.regime,
    buyerType: decision.buyerType,
    unverified: decision.unverified,
    notices: decision.notices.map((n) => ({ id: n.id, title: n.title })),
    counts: result.counts,
    findings: result.findings.map((f) => ({
      checkId: f.checkId,
      severity: f.severity,
      message: f.message,
      reason: f.reason,
      citation: f.guidance.citation,
      verification: f.guidance.verification,
      spans: f.spans.map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })),
    })),
  };
}

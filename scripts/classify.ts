/**
 * Classify tender questions from the command line.
 *
 *   node_modules/.bin/tsx scripts/classify.ts < questions.jsonl     (npm run --silent classify)
 *
 * Input: JSON Lines, one {"id", "text"} object a line (optional context fields: "hint", "section", "tenderTitle",
 * "procurementDate", "preferredModel"). Output: one JSON line per input line, in order:
 * {"id","socialValue","confidence","themeId","secondaryThemeIds","outcomeId","criterionIds","limitWords","limitChars","weightingPercent"}.
 * Limits and weighting are read from the text and the hint. A malformed line gives {"id": <id or null>, "error": "..."}
 * and the run goes on. Blank lines are skipped. Streams line by line; stops quietly (exit 0) when its reader closes.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { MODEL_IDS } from '../lib/knowledge/ids';
import { classifyQuestion } from '../lib/classifier/index';
import { parseLimits, parseWeighting } from '../lib/limits';

const inputSchema = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  hint: z.string().optional(),
  section: z.string().optional(),
  tenderTitle: z.string().optional(),
  procurementDate: z.string().optional(),
  preferredModel: z.union([z.enum(MODEL_IDS), z.literal('auto')]).optional(),
});

export function classifyLine(line: string): Record<string, unknown> | null {
  if (line.trim() === '') return null;
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return { id: null, error: `not valid JSON: ${(e as Error).message}` };
  }
  const parsed = inputSchema.safeParse(raw);
  if (!parsed.success) {
    const id =
      typeof raw === 'object' &&
      raw !== null &&
      'id' in raw &&
      (typeof (raw as { id: unknown }).id === 'string' || typeof (raw as { id: unknown }).id === 'number')
        ? (raw as { id: string | number }).id
        : null;
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
    return { id, error: `bad record: ${problems}` };
  }
  const { id, text, hint, section, tenderTitle, procurementDate, preferredModel } = parsed.data;
  const c = classifyQuestion(text, { hint, section, tenderTitle, procurementDate, preferredModel });
  const limitsText = hint ? `${text}\n${hint}` : text;
  const limits = parseLimits(limitsText);
  const weighting = parseWeighting(limitsText);
  return {
    id,
    socialValue: c.socialValue,
    confidence: c.confidence,
    themeId: c.themeId,
    secondaryThemeIds: c.secondaryThemeIds,
    outcomeId: c.outcomeId,
    criterionIds: c.criterionIds,
    limitWords: limits.words,
    limitChars: limits.chars,
    weightingPercent: weighting.percent,
  };
}

async function main(): Promise<void> {
  // The reader went away (`... | head`): stop quietly, as other Unix filters do, instead of an unhandled EPIPE.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    process.stderr.write(`classify: ${e.message}\n`);
    process.exit(1);
  });
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    let out: Record<string, unknown> | null;
    try {
      out = classifyLine(line);
    } catch (e) {
      out = { id: null, error: `failed: ${(e as Error).message}` };
    }
    if (out !== null) process.stdout.write(`${JSON.stringify(out)}\n`);
  }
}

const invokedDirectly = process.argv[1] !== undefined && /classify\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  main().catch((e: unknown) => {
    process.stderr.write(`classify: ${(e as Error).message}\n`);
    process.exit(1);
  });
}

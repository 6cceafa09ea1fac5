/**
 * Check a whole questionnaire of social value questions from the command line (buyer side, issue 11).
 *
 *   npm run --silent check < questions.jsonl
 *   node_modules/.bin/tsx scripts/check.ts questions.jsonl
 *
 * Input: JSON Lines, one {"id", "text", "context"} object a line; context fields (all optional): hint, section,
 * tenderTitle, procurementDate (yyyy-mm-dd), preferredModel, category, contractValueGbp, weightingPercent,
 * markupLimit, buyerType (central | local | nhs | devolved | other | unknown), jurisdiction (uk-central | scotland |
 * wales | northern-ireland), framework (e.g. "G-Cloud 14"), portalHost.
 * Output: one JSON line per question, in order: {"id","model","modelReason","jurisdiction","regime","buyerType",
 * "unverified","notices":[{"id","title"}],"counts","findings":[{"checkId","severity","message","reason","citation","verification","spans"}]}.
 * A malformed line gives {"line","id","error"} and the run goes on; blank lines are skipped. Exit code 0, or 1
 * when any line was malformed.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { checkJsonLine } from '../lib/checks/jsonl';

async function main(): Promise<void> {
  const file = process.argv[2];
  const input = file ? createReadStream(file, 'utf8') : process.stdin;
  const rl = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let bad = 0;
  for await (const line of rl) {
    lineNo++;
    const out = checkJsonLine(line, lineNo);
    if (out === null) continue;
    if ('error' in out) bad++;
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  process.exitCode = bad > 0 ? 1 : 0;
}

main().catch((e: unknown) => {
  process.stderr.write(`check: ${(e as Error).message}\n`);
  process.exitCode = 2;
});

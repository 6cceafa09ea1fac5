/**
 * Run the procurer question checker (lib/checks) over JSON Lines shaped like ../shared/corpus/dev.jsonl:
 *
 *   node_modules/.bin/tsx scripts/check-corpus.ts FILE.jsonl [--verbose]
 *
 * Each record's `limit_words`/`limit_chars` and `weighting_percent` are passed as the page would pass them.
 * Prints findings by check and severity, readability figures, and any record that crashed or produced a finding
 * without a reason or with a span outside the text. Exits 1 if there was any such problem, else 0.
 */
import { readFileSync } from 'node:fs';
import { CHECK_IDS, checkQuestion, type CheckContext, type Severity } from '../lib/checks/index';
import { findingProblems } from '../lib/checks/validate';

interface CorpusRecord {
  id: string;
  text: string;
  is_social_value?: boolean;
  limit_words?: number | null;
  limit_chars?: number | null;
  weighting_percent?: number | null;
}

export interface CorpusSummary {
  records: number;
  socialValue: number;
  findings: number;
  byCheck: Record<string, Record<Severity, number>>;
  problems: string[];
  crashes: string[];
  fleschMedian: number;
  perRecord: Array<{ id: string; sv: boolean | undefined; counts: Record<Severity, number>; top: string[] }>;
}

function parseLine(line: string, n: number): CorpusRecord | string {
  try {
    const raw = JSON.parse(line) as Partial<CorpusRecord>;
    if (typeof raw.text !== 'string') return `line ${n}: no text`;
    return { ...raw, id: typeof raw.id === 'string' ? raw.id : `line-${n}`, text: raw.text };
  } catch (error) {
    return `line ${n}: ${String(error)}`;
  }
}

export function runCorpus(source: string): CorpusSummary {
  const byCheck: CorpusSummary['byCheck'] = Object.fromEntries(
    CHECK_IDS.map((id) => [id, { error: 0, warning: 0, tip: 0 }]),
  );
  const problems: string[] = [];
  const crashes: string[] = [];
  const flesch: number[] = [];
  const perRecord: CorpusSummary['perRecord'] = [];
  let records = 0;
  let socialValue = 0;
  let findings = 0;
  source.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const r = parseLine(line, i + 1);
    if (typeof r === 'string') {
      crashes.push(r);
      return;
    }
    records++;
    if (r.is_social_value) socialValue++;
    const context: CheckContext = {
      markupLimit: r.limit_words
        ? { unit: 'words', value: r.limit_words }
        : r.limit_chars
          ? { unit: 'chars', value: r.limit_chars }
          : null,
      weightingPercent: r.weighting_percent ?? null,
    };
    try {
      const result = checkQuestion(r.text, context);
      findings += result.findings.length;
      flesch.push(result.readability.fleschReadingEase);
      for (const f of result.findings) {
        byCheck[f.checkId]![f.severity]++;
        for (const p of findingProblems(r.text, f)) problems.push(`${r.id} ${f.checkId}: ${p}`);
      }
      perRecord.push({
        id: r.id,
        sv: r.is_social_value,
        counts: result.counts,
        top: result.findings.slice(0, 3).map((f) => `[${f.severity}] ${f.message}`),
      });
    } catch (error) {
      crashes.push(`${r.id}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  });
  flesch.sort((a, b) => a - b);
  const mid = Math.floor(flesch.length / 2);
  const fleschMedian =
    flesch.length === 0 ? 0 : flesch.length % 2 ? flesch[mid]! : (flesch[mid - 1]! + flesch[mid]!) / 2;
  return { records, socialValue, findings, byCheck, problems, crashes, fleschMedian, perRecord };
}

export function formatSummary(s: CorpusSummary, verbose = false): string {
  const out: string[] = [];
  out.push(
    `${s.records} records (${s.socialValue} social value), ${s.findings} findings, ${(s.findings / Math.max(1, s.records)).toFixed(1)} per record`,
  );
  out.push(`median Flesch reading ease ${s.fleschMedian.toFixed(1)}`);
  out.push('');
  out.push('check               errors  warnings  tips');
  for (const [id, c] of Object.entries(s.byCheck)) {
    out.push(
      `${id.padEnd(20)}${String(c.error).padStart(6)}${String(c.warning).padStart(10)}${String(c.tip).padStart(6)}`,
    );
  }
  const totals = Object.values(s.byCheck).reduce(
    (t, c) => ({ error: t.error + c.error, warning: t.warning + c.warning, tip: t.tip + c.tip }),
    { error: 0, warning: 0, tip: 0 },
  );
  out.push(
    `${'total'.padEnd(20)}${String(totals.error).padStart(6)}${String(totals.warning).padStart(10)}${String(totals.tip).padStart(6)}`,
  );
  out.push('');
  out.push(`crashes: ${s.crashes.length}; findings without a reason or with bad spans: ${s.problems.length}`);
  for (const c of s.crashes) out.push(`  CRASH ${c}`);
  for (const p of s.problems) out.push(`  PROBLEM ${p}`);
  if (verbose) {
    out.push('');
    for (const r of s.perRecord) {
      out.push(
        `${r.id} (${r.sv === undefined ? '?' : r.sv ? 'sv' : 'not sv'}): ${r.counts.error}E ${r.counts.warning}W ${r.counts.tip}T`,
      );
      for (const t of r.top) out.push(`    ${t}`);
    }
  }
  return out.join('\n');
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop() ?? '');
if (isMain) {
  const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('usage: tsx scripts/check-corpus.ts FILE.jsonl [--verbose]');
    process.exit(2);
  }
  const summary = runCorpus(readFileSync(file, 'utf8'));
  console.log(formatSummary(summary, process.argv.includes('--verbose')));
  process.exit(summary.crashes.length + summary.problems.length > 0 ? 1 : 0);
}

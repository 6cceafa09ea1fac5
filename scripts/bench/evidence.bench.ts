/**
 * Benchmark: evidence analysis of a ~2,000-word draft (run after a typing pause; budget 2 ms median).
 * Baseline measured in the same run: one case-insensitive regex `test` over the whole text that never matches
 * (so it scans every character), i.e. the cheapest possible full pass.
 * Run: npx tsx scripts/bench/evidence.bench.ts
 */
import { analyseEvidence } from '@/lib/reminders/answer';
import { textOfWords, timeMedian } from './measure';

function makeDraft(targetWords: number, strong: boolean): string {
  // Our own synthetic text; the "plain" version has few matches, so regexes scan further (worst case).
  const strongParts = [
    'On this contract we will create 8 apprenticeships for care leavers in Wrexham within the first 12 months.',
    'Our Social Value Manager will report progress quarterly against agreed KPIs.',
    'Phase 1 (Months 1-3): recruit with Coleg Cambria and Jobcentre Plus; Phase 2 by March 2027.',
    'Last year we delivered 11 apprenticeships on our contract with a neighbouring council.',
  ];
  const plainParts = [
    'The team will continue to support people across the organisation in many different ways over time.',
    'We believe good work matters and we will keep looking for further chances to help where it makes sense.',
    'Staff are encouraged to give something back and many of them already volunteer in their own time.',
  ];
  const parts = strong ? strongParts : plainParts;
  return textOfWords(parts, targetWords);
}

const bench = (fn: () => number) => timeMedian(fn, { rounds: 200, inner: 1, warmup: 30 });

const NEVER = /zzqx\s+never\s+here/i;
let worst = 0;
const drafts: Array<[string, string]> = [
  ['strong draft', makeDraft(2000, true)],
  ['plain draft', makeDraft(2000, false)],
  // Worst case for the capitalised-name patterns: every word capitalised (headings pasted as a whole answer).
  ['title-case draft', makeDraft(2000, false).replace(/\b[a-z]/g, (c) => c.toUpperCase())],
];
for (const [label, text] of drafts) {
  const base = bench(() => (NEVER.test(text) ? 1 : 0));
  const m = bench(() => analyseEvidence(text, { needsBaseline: true, place: 'Wrexham' }).score);
  worst = Math.max(worst, m);
  console.log(`${label}: ${text.split(/\s+/).length} words, ${text.length} chars`);
  console.log(`  baseline single regex test median ${base.toFixed(4)} ms`);
  console.log(`  analyseEvidence median ${m.toFixed(4)} ms ratio ${(m / base).toFixed(1)}x baseline`);
}
console.log(
  `slowest analyseEvidence median ${worst.toFixed(4)} ms (budget 2 ms): ${worst < 2 ? 'within budget' : 'OVER BUDGET'}`,
);

/**
 * Benchmark: counting rules on a ~2,000-word bid answer (the largest a keystroke counter should see).
 * Baseline measured in the same run: `text.split(/\s+/).length`.
 * Run: npx tsx scripts/bench/counting.bench.ts
 */
import { countChars, countWords, CHAR_RULES, COUNT_RULES } from '../../lib/counting';
import { textOfWords, timeMedian } from './measure';

function makeText(targetWords: number): string {
  // Our own synthetic bid text with the awkward parts: bullets, dashes, slashes, list numbers, Welsh, emoji, URLs.
  const parts = [
    '• We will create 6 apprenticeships — 3 in year one — for care leavers and/or veterans.',
    '1. Recruit locally through https://example.org/jobs?area=north-east and partners.',
    "2) Mentoring for well-being: i'r gymuned, Llywodraeth Cymru, dŵr a thŷ.",
    'Our Social Value Manager reports quarterly; £40,000 invested, 25% local spend 🙂.',
    'Staff\tvolunteer 200 hours\u00a0each year\r\nwith schools, colleges and VCSE groups.',
  ];
  return textOfWords(parts, targetWords);
}

const bench = (fn: () => number) => timeMedian(fn, { rounds: 400, inner: 5, warmup: 200 });

const text = makeText(2000);
console.log(`counting bench: ${text.split(/\s+/).length} words, ${text.length} chars`);
const base = bench(() => text.split(/\s+/).length);
console.log(`baseline split(/\\s+/) median ${base.toFixed(4)} ms`);
let worst = 0;
for (const r of COUNT_RULES) {
  const m = bench(() => countWords(text, r.id));
  worst = Math.max(worst, m);
  console.log(
    `words ${r.id} median ${m.toFixed(4)} ms ratio ${(m / base).toFixed(2)}x baseline, count ${countWords(text, r.id)}`,
  );
}
for (const r of CHAR_RULES) {
  const m = bench(() => countChars(text, r.id));
  worst = Math.max(worst, m);
  console.log(
    `chars ${r.id} median ${m.toFixed(4)} ms ratio ${(m / base).toFixed(2)}x baseline, count ${countChars(text, r.id)}`,
  );
}
console.log(
  `slowest rule median ${worst.toFixed(4)} ms (budget 0.3 ms): ${worst < 0.3 ? 'within budget' : 'OVER BUDGET'}`,
);

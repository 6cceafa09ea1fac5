/** Shared helpers for the benchmarks in this folder (not itself a benchmark: `npm run bench` runs *.bench.ts). */

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Repeat sentences until the text has at least `targetWords` words; lines joined by "\n". */
export function textOfWords(parts: readonly string[], targetWords: number): string {
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < targetWords; i++) {
    const part = parts[i % parts.length]!;
    out.push(part);
    words += part.split(/\s+/).length;
  }
  return out.join('\n');
}

/**
 * Median time of one call of `fn`, in ms: after `warmup` calls, `rounds` samples of `inner` calls each. `fn` returns
 * a number that is summed, so the work cannot be optimised away.
 */
export function timeMedian(
  fn: () => number,
  options: { rounds?: number; inner?: number; warmup?: number } = {},
): number {
  const { rounds = 200, inner = 1, warmup = 30 } = options;
  let sink = 0;
  for (let i = 0; i < warmup; i++) sink += fn();
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let k = 0; k < inner; k++) sink += fn();
    times.push((performance.now() - t0) / inner);
  }
  if (sink === -1) console.log('');
  return median(times);
}

/** Finding the spans a finding is about. Matching runs on the classifier's length-keeping normalised text. */
import { normalise } from '../classifier/phrase';
import type { Span } from './types';

/** Every match of a global regex (written for lower-case, normalised text) as spans of the original text. */
export function matchSpans(text: string, re: RegExp, limit = 20): Span[] {
  if (!re.global) throw new Error('matchSpans needs a global regex');
  const norm = normalise(text);
  const spans: Span[] = [];
  for (const m of norm.matchAll(re)) {
    if (m[0].length === 0) continue;
    spans.push({ start: m.index, end: m.index + m[0].length });
    if (spans.length >= limit) break;
  }
  return spans;
}

/** True when the regex matches anywhere in the normalised text. */
export function mentions(text: string, re: RegExp): boolean {
  re.lastIndex = 0;
  const found = re.test(normalise(text));
  re.lastIndex = 0;
  return found;
}

/** Spans of each phrase (as it appears, case-insensitive) in the text. */
export function phraseSpans(text: string, phrases: readonly string[]): Span[] {
  const norm = normalise(text);
  const spans: Span[] = [];
  for (const phrase of phrases) {
    const p = normalise(phrase.trim());
    if (!p) continue;
    let from = 0;
    for (;;) {
      const i = norm.indexOf(p, from);
      if (i < 0) break;
      spans.push({ start: i, end: i + p.length });
      from = i + p.length;
    }
  }
  return sortSpans(spans);
}

/** Sorted, with overlapping spans merged. */
export function sortSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/**
 * Sentences, words and syllables for the plain-English check, and the Flesch reading ease score
 * (206.835 - 1.015 x words per sentence - 84.6 x syllables per word). The syllable count is our own heuristic:
 * vowel groups, less a silent final "e", with a few common English endings corrected. Pure and DOM-free.
 */
import type { ReadabilityStats, Span } from './types';

export interface Sentence extends Span {
  words: Span[];
}

const WORD = /[A-Za-z\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)*|\d+(?:[.,]\d+)*%?/g;

/**
 * Split into sentences at ". ", "? ", "! ", a semicolon before a space, and line breaks (questions are often set
 * out as lists). Abbreviations such as "e.g." and decimals stay inside their sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl|max|min|St|Dr|Mr|Mrs|Ms))[.?!]+(?=\s|$)|\n+|;(?=\s)/g;
  let start = 0;
  const push = (end: number) => {
    const words = [...text.slice(start, end).matchAll(WORD)].map((m) => ({
      start: start + m.index,
      end: start + m.index + m[0].length,
    }));
    if (words.length === 0) return;
    const last = words.at(-1)!.end;
    sentences.push({ start: words[0]!.start, end: /[.?!;]/.test(text[last] ?? '') ? last + 1 : last, words });
  };
  for (const m of text.matchAll(boundary)) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(text.length);
  return sentences;
}

/**
 * Our syllable heuristic for one word (at least 1): vowel groups after dropping a silent final "e", "es" or "ed"
 * (kept after "l", and "ed" kept after "t" or "d": "table", "created"). Numbers count as two syllables.
 */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/['\u2019]s?$/, '');
  if (/^\d/.test(w)) return 2;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouytd]ed|[^laeiouy]e)$/, (m) => m[0]!).replace(/^y/, '');
  return Math.max(1, (w.match(/[aeiouy]+/g) ?? []).length);
}

export function readability(text: string): ReadabilityStats {
  const sentences = splitSentences(text);
  let words = 0;
  let syl = 0;
  for (const s of sentences) {
    for (const w of s.words) {
      words++;
      syl += syllables(text.slice(w.start, w.end));
    }
  }
  const n = Math.max(1, sentences.length);
  const wordsPerSentence = words === 0 ? 0 : words / n;
  const fre = words === 0 ? 0 : 206.835 - 1.015 * wordsPerSentence - 84.6 * (syl / words);
  return {
    words,
    sentences: sentences.length,
    syllables: syl,
    wordsPerSentence: Math.round(wordsPerSentence * 10) / 10,
    fleschReadingEase: Math.round(fre * 10) / 10,
  };
}

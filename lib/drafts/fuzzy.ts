import { normaliseQuestion, questionNumber } from './key';

/**
 * Fuzzy question matching, so a draft re-attaches when a buyer reworded a question slightly ("Describe how you
 * will…" → "Please describe how you will…"). Pure. The score is a Dice coefficient over word pairs and words,
 * between 0 and 1; a different question number costs a little, the same number helps a little.
 */
export const REATTACH_THRESHOLD = 0.8;
export const SIMILAR_THRESHOLD = 0.55;

export interface QuestionCandidate {
  key: string;
  question: string;
}

export interface QuestionMatch {
  key: string;
  score: number;
}

function features(text: string): Map<string, number> {
  const words = normaliseQuestion(text).split(' ').filter(Boolean);
  const out = new Map<string, number>();
  const add = (feature: string) => out.set(feature, (out.get(feature) ?? 0) + 1);
  for (const word of words) add(word);
  for (let i = 0; i + 1 < words.length; i++) add(`${words[i]} ${words[i + 1]}`);
  return out;
}

function dice(a: Map<string, number>, b: Map<string, number>): number {
  let sizeA = 0;
  let sizeB = 0;
  let shared = 0;
  for (const count of a.values()) sizeA += count;
  for (const count of b.values()) sizeB += count;
  if (sizeA + sizeB === 0) return 0;
  for (const [feature, count] of a) shared += Math.min(count, b.get(feature) ?? 0);
  return (2 * shared) / (sizeA + sizeB);
}

/** A question read once: its normal form, its word features and its number, for scoring against many others. */
interface Prepared {
  normal: string;
  features: Map<string, number>;
  number: ReturnType<typeof questionNumber>;
}

function prepare(question: string): Prepared {
  return { normal: normaliseQuestion(question), features: features(question), number: questionNumber(question) };
}

/** The one score: 1 for the same normalised text, else Dice adjusted by the question numbers, within 0..1. */
function score(a: Prepared, b: Prepared): number {
  if (a.normal === b.normal) return 1;
  let value = dice(a.features, b.features);
  if (a.number && b.number) value += a.number === b.number ? 0.05 : -0.1;
  return Math.max(0, Math.min(1, Math.round(value * 1000) / 1000));
}

/** How alike two questions are, from 0 (nothing shared) to 1 (the same once normalised). */
export function questionSimilarity(a: string, b: string): number {
  return score(prepare(a), prepare(b));
}

/** Candidates scoring at least `threshold`, best first. */
export function rankQuestions(question: string, candidates: QuestionCandidate[], threshold: number): QuestionMatch[] {
  const target = prepare(question);
  const matches: QuestionMatch[] = [];
  for (const candidate of candidates) {
    const value = score(target, prepare(candidate.question));
    if (value >= threshold) matches.push({ key: candidate.key, score: value });
  }
  return matches.sort((x, y) => y.score - x.score || x.key.localeCompare(y.key));
}

/** The one draft a reworded question should re-attach to, if any clearly matches. */
export function bestReattachment(question: string, candidates: QuestionCandidate[]): QuestionMatch | null {
  return rankQuestions(question, candidates, REATTACH_THRESHOLD)[0] ?? null;
}

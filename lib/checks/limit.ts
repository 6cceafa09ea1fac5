/**
 * Check: the question states a word or character limit, and one that leaves room for a method statement and a
 * timed project plan. The PPN 002 model question asks for a word limit the buyer fills in (knowledge fact
 * `ppn002-q-method-plan`); the minimum we suggest (300 words or 2,000 characters) is our own judgement.
 */
import { GUIDANCE } from './guidance';
import { phraseSpans } from './spans';
import type { Analysis, Finding } from './types';

export const MIN_WORDS = 300;
export const MIN_CHARS = 2_000;
/** Below these the answer cannot hold a commitment, a method and a plan at all (our judgement). */
export const TINY_WORDS = 100;
export const TINY_CHARS = 750;
const WORDS_PER_PAGE = 500;

export function checkLimit(a: Analysis): Finding[] {
  // Digital Marketplace social value is a checkbox declaration; its short fields are not answer limits (audit 3.7).
  if (a.decision.notices.some((n) => n.id === 'dm-declaration')) return [];
  const { limits } = a;
  const markup = a.context.markupLimit ?? null;
  const placeholders = limits.notUnderstood.filter((p) => p.startsWith('['));
  if (placeholders.length > 0) {
    return [
      {
        checkId: 'limit',
        severity: 'error',
        message: `The limit is still a template placeholder: "${placeholders[0]}".`,
        reason: 'Bidders cannot plan an answer without a number, and the portal may enforce a different one.',
        guidance: GUIDANCE.limitStated,
        spans: phraseSpans(a.text, placeholders),
      },
    ];
  }
  const words = limits.words ?? (markup?.unit === 'words' ? markup.value : null);
  const chars = limits.chars ?? (markup?.unit === 'chars' ? markup.value : null);
  const pages = limits.pages;
  if (words === null && chars === null && pages === null) {
    return [
      {
        checkId: 'limit',
        severity: limits.noLimit ? 'tip' : 'warning',
        message: limits.noLimit
          ? 'The question says there is no limit; a stated limit keeps answers comparable.'
          : 'The question states no word or character limit.',
        reason:
          'The model question leaves a limit for the buyer to fill in; without one, answers vary wildly in length and are hard to compare fairly.',
        guidance: GUIDANCE.limitStated,
        spans: phraseSpans(a.text, limits.matched),
      },
    ];
  }
  const spans = phraseSpans(a.text, limits.matched);
  // The most generous stated limit decides whether there is room (a page allows roughly 500 words).
  const roomWords = Math.max(words ?? 0, (chars ?? 0) / 6.5, (pages ?? 0) * WORDS_PER_PAGE);
  const stated =
    words !== null
      ? `${words.toLocaleString('en-GB')} words`
      : chars !== null
        ? `${chars.toLocaleString('en-GB')} characters`
        : `${pages} page${pages === 1 ? '' : 's'}`;
  const tiny = (words !== null && words < TINY_WORDS) || (chars !== null && chars < TINY_CHARS);
  if (roomWords < MIN_WORDS && !(chars !== null && chars >= MIN_CHARS)) {
    return [
      {
        checkId: 'limit',
        severity: tiny && roomWords < TINY_WORDS ? 'error' : 'warning',
        message: `A limit of ${stated} leaves little room for commitments, a method statement and a timed plan (we suggest at least ${MIN_WORDS} words or ${MIN_CHARS.toLocaleString('en-GB')} characters).`,
        reason:
          'Short limits reward slogans over plans and make it hard for bidders to show how and when they will deliver.',
        guidance: GUIDANCE.limitRoom,
        spans,
      },
    ];
  }
  return [];
}

/**
 * Check: plain English. Long sentences, passive voice, jargon, acronyms that are never spelled out, and the Flesch
 * reading ease score from our own syllable heuristic (./readability.ts). Thresholds are our own judgement.
 */
import { GUIDANCE } from './guidance';
import { readability, splitSentences } from './readability';
import { matchSpans } from './spans';
import type { Analysis, Finding, Span } from './types';

export const LONG_SENTENCE = 25;
export const VERY_LONG_SENTENCE = 35;
/** Flesch reading ease below which we warn, and below which we give a tip (our judgement; 60+ is plain English). */
export const HARD_TO_READ = 30;
export const FAIRLY_HARD = 50;
const MIN_WORDS_FOR_SCORE = 15;

const PARTICIPLE =
  '(?:[a-z]+ed|given|made|taken|shown|done|seen|known|written|set|met|held|kept|built|sent|spent|chosen|paid|put|sought|brought|bought|thought|told|won|drawn|undertaken)';
const PASSIVE = new RegExp(
  `(?<![a-z])(?:is|are|was|were|be|been|being)\\s+(?:(?:not|also|fully|clearly|then)\\s+)?${PARTICIPLE}(?![a-z])`,
  'g',
);
/** Adjectives ending in -ed that follow "is/are" without being passive. */
const NOT_PASSIVE =
  /^(?:is|are|was|were|be|been|being)\s+(?:(?:not|also|fully|clearly|then)\s+)?(?:interested|concerned|based|committed|required|needed|expected|prepared|involved|limited|related|located|qualified|experienced|dedicated|motivated|skilled)$/;

/** Jargon and its plain alternative (our own list). */
export const JARGON: Readonly<Record<string, string>> = {
  utilise: 'use',
  utilises: 'uses',
  utilised: 'used',
  utilising: 'using',
  utilisation: 'use',
  leverage: 'use',
  leveraging: 'using',
  synergy: 'working together',
  synergies: 'working together',
  holistic: 'whole',
  'going forward': 'from now on',
  'in order to': 'to',
  facilitate: 'help',
  facilitating: 'helping',
  commence: 'start',
  commencement: 'start',
  endeavour: 'try',
  'in respect of': 'about',
  'with regard to': 'about',
  'with regards to': 'about',
  whereby: 'by which',
  thereof: 'of it',
  herein: 'here',
  aforementioned: 'this',
  'pursuant to': 'under',
  'prior to': 'before',
  'in excess of': 'more than',
  'in the event that': 'if',
  'best-in-class': 'very good',
  'value-add': 'benefit',
  'added value': 'benefit',
  paradigm: 'model',
  robust: 'strong',
  'deep dive': 'close look',
  'touch base': 'talk',
  'going-forward': 'from now on',
  ascertain: 'find out',
  'a number of': 'some',
  'on an ongoing basis': 'throughout',
};
const JARGON_RE = new RegExp(
  `(?<![a-z])(?:${Object.keys(JARGON)
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[-]/g, '[- ]'))
    .join('|')})(?![a-z])`,
  'g',
);

/** Acronyms every reader knows (ours). Anything else in capitals should be spelled out once. */
const KNOWN_ACRONYMS = new Set([
  'UK',
  'NHS',
  'VAT',
  'EU',
  'HM',
  'IT',
  'PPN',
  'PDF',
  'ID',
  'OK',
  'GB',
  'A4',
  'TV',
  'GOV',
  'CV',
  'CVS',
]);
const ACRONYM = /(?<![A-Za-z0-9])[A-Z][A-Z0-9&]{1,5}s?(?![A-Za-z0-9])/g;

/** Acronyms used but never expanded: no "(ACR)" after words and no "ACR (..." expansion. */
export function undefinedAcronyms(text: string): Span[] {
  const spans: Span[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(ACRONYM)) {
    const raw = m[0];
    const acr = raw.endsWith('s') && raw.length > 2 ? raw.slice(0, -1) : raw;
    if (!/[A-Z].*[A-Z]|[A-Z][0-9]/.test(acr)) continue;
    if (KNOWN_ACRONYMS.has(acr) || seen.has(acr)) continue;
    // Headings and shouting in capitals: a neighbour word also in capitals.
    const around = text.slice(Math.max(0, m.index - 12), m.index + raw.length + 12);
    if ((around.match(/\b[A-Z]{3,}\b/g) ?? []).length >= 2 && /[A-Z]{4,}/.test(around.replace(raw, ''))) continue;
    seen.add(acr);
    const escaped = acr.replace(/[&]/g, '\\&');
    const defined = new RegExp(
      `\\(\\s*${escaped}s?\\s*\\)|(?<![A-Za-z])${escaped}s?\\s*\\((?:[A-Za-z][^)]{3,})\\)`,
    ).test(text);
    if (!defined) spans.push({ start: m.index, end: m.index + raw.length });
  }
  return spans;
}

export function checkPlainEnglish(a: Analysis): Finding[] {
  const t = a.text;
  const findings: Finding[] = [];
  const sentences = splitSentences(t);
  const long = sentences.filter((s) => s.words.length > LONG_SENTENCE);
  if (long.length > 0) {
    const longest = Math.max(...long.map((s) => s.words.length));
    findings.push({
      checkId: 'plain-english',
      severity: longest > VERY_LONG_SENTENCE ? 'warning' : 'tip',
      message: `${long.length === 1 ? 'One sentence is' : `${long.length} sentences are`} longer than ${LONG_SENTENCE} words (the longest has ${longest}); split ${long.length === 1 ? 'it' : 'them'}.`,
      reason: 'Long sentences are easy to misread, and a misread question produces answers that miss the criteria.',
      guidance: GUIDANCE.plainEnglish,
      spans: long.map((s) => ({ start: s.start, end: s.end })),
    });
  }
  const passive = matchSpans(t, PASSIVE).filter(
    (s) => !NOT_PASSIVE.test(t.slice(s.start, s.end).toLowerCase().replace(/\s+/g, ' ')),
  );
  if (passive.length >= 2) {
    findings.push({
      checkId: 'plain-english',
      severity: 'tip',
      message: `${passive.length} passive phrases: say who does what ("you will report", "we will score").`,
      reason: 'Passive wording hides who is responsible, which matters when the answer becomes a contract commitment.',
      guidance: GUIDANCE.plainEnglish,
      spans: passive,
    });
  }
  const jargon = matchSpans(t, JARGON_RE);
  if (jargon.length > 0) {
    const pairs = [...new Set(jargon.map((s) => t.slice(s.start, s.end).toLowerCase().replace(/\s+/g, ' ')))]
      .slice(0, 4)
      .map((w) => `"${w}" → "${JARGON[w] ?? JARGON[w.replace(/ /g, '-')] ?? 'a plainer word'}"`);
    findings.push({
      checkId: 'plain-english',
      severity: 'tip',
      message: `Jargon: ${pairs.join(', ')}.`,
      reason: 'Everyday words make the question equally clear to small suppliers without bid writers.',
      guidance: GUIDANCE.plainEnglish,
      spans: jargon,
    });
  }
  const acronyms = undefinedAcronyms(t);
  if (acronyms.length > 0) {
    const list = acronyms
      .map((s) => t.slice(s.start, s.end))
      .slice(0, 5)
      .join(', ');
    findings.push({
      checkId: 'plain-english',
      severity: 'tip',
      message: `Spell out ${acronyms.length === 1 ? 'this acronym' : 'these acronyms'} the first time: ${list}.`,
      reason: 'Acronyms familiar to buyers (MAC, SRM, VCSE) are often new to small suppliers.',
      guidance: GUIDANCE.plainEnglish,
      spans: acronyms,
    });
  }
  const stats = readability(t);
  if (stats.words >= MIN_WORDS_FOR_SCORE && stats.fleschReadingEase < FAIRLY_HARD) {
    const hard = stats.fleschReadingEase < HARD_TO_READ;
    findings.push({
      checkId: 'plain-english',
      severity: hard ? 'warning' : 'tip',
      message: `Reading ease ${stats.fleschReadingEase} (Flesch; ${hard ? 'very hard' : 'fairly hard'} to read; aim for 50 or more): use shorter sentences and words.`,
      reason: `The text averages ${stats.wordsPerSentence} words a sentence and ${(stats.syllables / Math.max(1, stats.words)).toFixed(1)} syllables a word.`,
      guidance: GUIDANCE.plainEnglish,
      spans: [],
    });
  }
  return findings;
}

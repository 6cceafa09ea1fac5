/**
 * Portal-accurate word and character counting.
 *
 * Portals count differently from Microsoft Word, and going over a limit can cost marks. Each rule here copies
 * one counter's behaviour as closely as we can verify it:
 *
 * - `govuk`: GOV.UK Frontend character count and the Digital Marketplace word counter. Both count words as runs
 *   of non-whitespace (JavaScript `\S+`) and characters as `value.length` (UTF-16 code units, so most emoji are 2).
 *   Source: alphagov/govuk-frontend `character-count.mjs`; digitalmarketplace-frontend-toolkit `word-counter.js`
 *   (see /work/shared/reference/portals.md sections 4 and 15a).
 * - `tinymce`: the TinyMCE (5 and later) wordcount plugin. It classifies each UTF-16 code unit with a table based
 *   on the Unicode word-break properties (UAX #29), finds boundaries with a simplified set of the UAX #29 rules,
 *   and counts every segment whose last code unit is neither whitespace nor punctuation. Source studied:
 *   tinymce/tinymce `modules/polaris/src/main/ts/ephox/polaris/words/` (WordBoundary, Words, UnicodeData) and
 *   `plugins/wordcount/main/ts/core/Count.ts`. This file is our own implementation of that behaviour.
 * - `word`: a Microsoft-Word-like rule (assumptions documented at `countWordLike`).
 *
 * Everything here is DOM-free and runs on every keystroke, so the counters are single char-code loops with no
 * per-call allocation (apart from a rare ZWSP strip for TinyMCE).
 */

/** The word and character counting rules' ids: the one list (settings, portal definitions and COUNT_RULES use it). */
export const COUNT_RULE_IDS = ['govuk', 'tinymce', 'word'] as const;
export const CHAR_RULE_IDS = ['chars', 'chars-no-spaces', 'chars-crlf'] as const;
export type CountRuleId = (typeof COUNT_RULE_IDS)[number];
export type CharRuleId = (typeof CHAR_RULE_IDS)[number];

export const COUNT_RULES: ReadonlyArray<{ id: CountRuleId; label: string; description: string; source: string }> = [
  {
    id: 'govuk',
    label: 'GOV.UK portal',
    description:
      'Counts every run of characters between spaces or line breaks as one word, as GOV.UK forms and the Digital Marketplace do.',
    source:
      'alphagov/govuk-frontend character-count; Crown-Commercial-Service/digitalmarketplace-frontend-toolkit word-counter.js',
  },
  {
    id: 'tinymce',
    label: 'TinyMCE editor',
    description:
      'Counts words the way the TinyMCE word count does: dashes, slashes and most punctuation split words; hyphenated words, apostrophes and web addresses stay whole; lone punctuation is not a word.',
    source: 'tinymce/tinymce plugins/wordcount and polaris words (Unicode UAX #29 word boundaries, simplified)',
  },
  {
    id: 'word',
    label: 'Microsoft Word',
    description:
      'Approximates Microsoft Word: words are separated by spaces, hyphenated words count once, and bullets, list numbers and dashes standing alone are not counted.',
    source:
      'Our approximation of Microsoft Word behaviour (not from Word source); assumptions documented in lib/counting.ts',
  },
];

export const CHAR_RULES: ReadonlyArray<{ id: CharRuleId; label: string; description: string }> = [
  {
    id: 'chars',
    label: 'Characters (with spaces)',
    description:
      "Every character including spaces and line breaks, counted as the page's JavaScript does (an emoji usually counts as 2).",
  },
  {
    id: 'chars-no-spaces',
    label: 'Characters (no spaces)',
    description: 'Every character except spaces, tabs and line breaks.',
  },
  {
    id: 'chars-crlf',
    label: 'Characters as submitted',
    description:
      'Every character, with each line break counted as 2, because forms send line breaks as two characters and many portals check the limit on the server.',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Whitespace as JavaScript's \s sees it (the GOV.UK counters use /\S+/g).

/** True when the UTF-16 code unit is whitespace by the ECMAScript definition used by `\s`. */
export function isJsWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return (
    c === 160 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// ---------------------------------------------------------------------------------------------------------------
// GOV.UK: count runs of non-whitespace.

function countNonWhitespaceRuns(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0, n = text.length; i < n; i++) {
    if (isJsWhitespace(text.charCodeAt(i))) inWord = false;
    else if (!inWord) {
      inWord = true;
      count++;
    }
  }
  return count;
}

// ---------------------------------------------------------------------------------------------------------------
// TinyMCE: word-break classes per UTF-16 code unit (TinyMCE splits the text with `split('')`, so surrogate halves
// are classified separately; that is why an emoji counts as two "words" there).

const AL = 0; // letters
const MNL = 1; // mid-number-or-letter: - ' . and typographic apostrophes
const ML = 2; // mid-letter: : ·
const MN = 3; // mid-number: , ; / + * ±
const NU = 4; // digits
const CR = 5;
const LF = 6;
const NL = 7; // other line separators
const EXT = 8; // combining marks, ZWJ, variation selectors
const FMT = 9; // format controls (soft hyphen, bidi marks)
const KATA = 10;
const ENL = 11; // connectors: _ = < > and maths operators
const AT = 12;
const OTHER = 13;
const TYPE_MASK = 15;
const F_SPACE = 16; // whitespace: a segment ending here is not a word
const F_PUNCT = 32; // punctuation: a segment ending here is not a word
const UNKNOWN = 255;

const ASCII_PUNCT = '!"#$%&\'()*+,-./:;?@[\\]_{}~^|';

const RE_LETTER = /[\p{L}\p{Nl}]/u;
const RE_NO_SPACE_SCRIPT =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const RE_KATAKANA = /\p{Script=Katakana}/u;
const RE_DIGIT = /\p{Nd}/u;
const RE_MARK = /\p{M}/u;
const RE_FORMAT = /\p{Cf}/u;
const RE_PUNCT = /\p{P}/u;

let tinyTable: Uint8Array | null = null;

function buildAsciiTable(): Uint8Array {
  const t = new Uint8Array(65536).fill(UNKNOWN);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    let type = OTHER;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) type = AL;
    else if (c >= 48 && c <= 57) type = NU;
    else if (ch === '-' || ch === "'" || ch === '.') type = MNL;
    else if (ch === ':') type = ML;
    else if (ch === ',' || ch === ';' || ch === '/' || ch === '+' || ch === '*') type = MN;
    else if (c === 13) type = CR;
    else if (c === 10) type = LF;
    else if (c === 11 || c === 12) type = NL;
    else if (ch === '_' || ch === '=' || ch === '<' || ch === '>') type = ENL;
    else if (ch === '@') type = AT;
    let flags = 0;
    if (isJsWhitespace(c)) flags |= F_SPACE;
    if (ASCII_PUNCT.includes(ch)) flags |= F_PUNCT;
    t[c] = type | flags;
  }
  return t;
}

const MNL_EXTRA = [0x2018, 0x2019, 0x2024, 0xfe52, 0xff07, 0xff0e];
const ML_EXTRA = [0x00b7, 0x0387, 0x05f4, 0x2027, 0xfe13, 0xfe55, 0xff1a];
const MN_EXTRA = [
  0x00b1, 0x037e, 0x0589, 0x060c, 0x060d, 0x066c, 0x07f8, 0x2044, 0xfe10, 0xfe14, 0xfe50, 0xfe54, 0xff0c, 0xff1b,
];
const NL_EXTRA = [0x0085, 0x2028, 0x2029];
const ENL_EXTRA = [0x203f, 0x2040, 0x2054, 0xfe33, 0xfe34, 0xfe4d, 0xfe4e, 0xfe4f, 0xff3f];

function classifyNonAscii(c: number): number {
  let flags = 0;
  if (isJsWhitespace(c)) flags |= F_SPACE;
  if (c >= 0xd800 && c <= 0xdfff) return OTHER | flags; // a surrogate half: neither letter nor punctuation
  const ch = String.fromCharCode(c);
  if (RE_PUNCT.test(ch)) flags |= F_PUNCT;
  let type = OTHER;
  if (RE_LETTER.test(ch) && !RE_NO_SPACE_SCRIPT.test(ch) && !RE_KATAKANA.test(ch)) type = AL;
  else if (MNL_EXTRA.includes(c)) type = MNL;
  else if (ML_EXTRA.includes(c)) type = ML;
  else if (MN_EXTRA.includes(c)) type = MN;
  else if (RE_DIGIT.test(ch)) type = NU;
  else if (NL_EXTRA.includes(c)) type = NL;
  else if (RE_MARK.test(ch) || c === 0x200c || c === 0x200d) type = EXT;
  else if (RE_FORMAT.test(ch)) type = FMT;
  else if (RE_KATAKANA.test(ch)) type = KATA;
  else if (ENL_EXTRA.includes(c) || (c >= 0x2200 && c <= 0x22ff)) type = ENL;
  return type | flags;
}

function tinyInfo(table: Uint8Array, c: number): number {
  let v = table[c]!;
  if (v === UNKNOWN) {
    v = classifyNonAscii(c);
    table[c] = v;
  }
  return v;
}

const bit = (t: number): number => 1 << t;
const B_AL_NU = bit(AL) | bit(NU);
const B_MID_AL = bit(ML) | bit(MNL) | bit(AT);
const B_ML_MNL = bit(ML) | bit(MNL);
const B_MN_MNL = bit(MN) | bit(MNL);
const B_EXT_FMT = bit(EXT) | bit(FMT);
const B_BREAKS = bit(NL) | bit(CR) | bit(LF);
const B_ENL_LEFT = bit(AL) | bit(NU) | bit(KATA) | bit(ENL);
const B_ENL_RIGHT = bit(AL) | bit(NU) | bit(KATA);
/** Bit for a type, 0 for "outside the text" (-1). */
const tb = (t: number): number => (t < 0 ? 0 : 1 << t);

/**
 * The effective TinyMCE boundary test between position i and i+1 (types given, -1 = outside the text).
 * The order of the checks matters and follows the plugin (a simplified UAX #29): letters and digits stay joined,
 * letters join across - ' . : and @, digits join across , . / ; and +, combining marks and format characters never
 * break, line breaks always break, and everything else breaks.
 */
function isTinyBoundary(p: number, t: number, nx: number, nnx: number): boolean {
  if (nx < 0) return true; // end of text
  const bt = 1 << t;
  const bn = 1 << nx;
  if ((bt & B_AL_NU) !== 0 && (bn & B_AL_NU) !== 0) return false;
  const bp = tb(p);
  if (t === AL && (bn & B_MID_AL) !== 0 && nnx === AL) return false;
  if ((bt & B_ML_MNL) !== 0 && nx === AL && p === AL) return false;
  if ((bt & B_MN_MNL) !== 0 && nx === NU && p === NU) return false;
  if (t === NU && (bn & B_MN_MNL) !== 0 && nnx === NU) return false;
  if (((bt | bp | bn) & B_EXT_FMT) !== 0) return false;
  if (t === CR && nx === LF) return false;
  if (((bt | bn) & B_BREAKS) !== 0) return true;
  if (t === KATA && nx === KATA) return false;
  if (nx === ENL && (bt & B_ENL_LEFT) !== 0) return false;
  if (t === ENL && (bn & B_ENL_RIGHT) !== 0) return false;
  if (t === AT) return false;
  return true;
}

/** Is s[start..end) exactly "http" or "https"? (TinyMCE keeps a URL after these protocols as one word.) */
function isHttpSegment(s: string, start: number, end: number): boolean {
  const len = end - start;
  if (len !== 4 && len !== 5) return false;
  if (
    s.charCodeAt(start) !== 104 ||
    s.charCodeAt(start + 1) !== 116 ||
    s.charCodeAt(start + 2) !== 116 ||
    s.charCodeAt(start + 3) !== 112
  )
    return false;
  return len === 4 || s.charCodeAt(start + 4) === 115;
}

function countTinyMce(text: string): number {
  // TinyMCE strips zero-width spaces before counting.
  const s = text.indexOf('\u200b') >= 0 ? text.replace(/\u200b/g, '') : text;
  const n = s.length;
  if (n === 0) return 0;
  const table = tinyTable ?? (tinyTable = buildAsciiTable());
  let count = 0;
  let segStart = 0;
  let p = -1;
  let info = tinyInfo(table, s.charCodeAt(0));
  let t = info & TYPE_MASK;
  let nxInfo = n > 1 ? tinyInfo(table, s.charCodeAt(1)) : -1;
  let i = 0;
  while (i < n) {
    const nx = nxInfo < 0 ? -1 : nxInfo & TYPE_MASK;
    const nnInfo = i + 2 < n ? tinyInfo(table, s.charCodeAt(i + 2)) : -1;
    const nnx = nnInfo < 0 ? -1 : nnInfo & TYPE_MASK;
    if (isTinyBoundary(p, t, nx, nnx)) {
      if ((info & (F_SPACE | F_PUNCT)) === 0) {
        count++;
        if (isHttpSegment(s, segStart, i + 1) && s.startsWith('://', i + 1)) {
          // A web address: skip to the next whitespace; it is all one word.
          let j = i + 1;
          while (j < n && !isJsWhitespace(s.charCodeAt(j))) j++;
          i = j + 1; // the whitespace itself is skipped as TinyMCE does
          segStart = i;
          if (i >= n) break;
          p = j < n ? tinyInfo(table, s.charCodeAt(j)) & TYPE_MASK : -1;
          info = tinyInfo(table, s.charCodeAt(i));
          t = info & TYPE_MASK;
          nxInfo = i + 1 < n ? tinyInfo(table, s.charCodeAt(i + 1)) : -1;
          continue;
        }
      }
      segStart = i + 1;
    }
    p = t;
    info = nxInfo;
    t = nx;
    nxInfo = nnInfo;
    i++;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------------------------
// Microsoft-Word-like rule.

/** Characters that never make a word on their own in Word's count: dashes, bullets and surrounding punctuation. */
function isDecoration(c: number): boolean {
  switch (c) {
    case 0x2d: // - hyphen-minus
    case 0x2a: // * asterisk used as a bullet
    case 0x3e: // > quote or arrow marker
    case 0x2e:
    case 0x2c:
    case 0x3b:
    case 0x3a:
    case 0x21:
    case 0x3f: // . , ; : ! ?
    case 0x28:
    case 0x29:
    case 0x5b:
    case 0x5d: // ( ) [ ]
    case 0x22:
    case 0x27: // " '
    case 0x00b7: // middle dot
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015: // hyphens and dashes
    case 0x2018:
    case 0x2019:
    case 0x201c:
    case 0x201d: // curly quotes
    case 0x2022:
    case 0x2023:
    case 0x2026:
    case 0x2043: // bullet, triangular bullet, ellipsis, hyphen bullet
    case 0x25aa:
    case 0x25ab:
    case 0x25a0:
    case 0x25a1:
    case 0x25cf:
    case 0x25cb:
    case 0x25e6: // squares, circles
    case 0x25c6:
    case 0x25c7:
    case 0x25ba:
    case 0x27a2:
    case 0x27a4:
    case 0x2713:
    case 0x2714: // diamonds, arrows, ticks
    case 0xf0b7: // Symbol-font bullet pasted from Word
      return true;
    default:
      return false;
  }
}

/** A list marker at the start of a line: "1." "2)" "(3)" "a)" "iv." (1-3 digits, one letter, or a roman numeral). */
const LIST_MARKER = /\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{2,5})[.)](?=\s|$)/y;

/**
 * Word-like count. Assumptions (Word's source is closed, so these follow its observed behaviour):
 * - words are separated by whitespace (spaces, tabs, line breaks, non-breaking spaces); "well-being", "and/or"
 *   and "word—word" without spaces are one word each;
 * - a token made only of dashes, bullets or punctuation ("-", "–", "—", "•", "*", "...") is not a word, as Word's
 *   automatic bullets and a spaced dash are not counted;
 * - the first token of a line that looks like a list marker ("1.", "2)", "(3)", "a)", "iv.") is not a word,
 *   because Word's automatic numbering is not counted;
 * - anything else with at least one other character counts (including "&", "£40,000", emoji and URLs).
 */
function countWordLike(text: string): number {
  let count = 0;
  let atLineStart = true;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isJsWhitespace(c)) {
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) atLineStart = true;
      i++;
      continue;
    }
    const start = i;
    let content = false;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isJsWhitespace(d)) break;
      if (!content && !isDecoration(d)) content = true;
      i++;
    }
    if (content) {
      let marker = false;
      if (atLineStart && i - start <= 7) {
        LIST_MARKER.lastIndex = start;
        marker = LIST_MARKER.test(text) && LIST_MARKER.lastIndex === i;
      }
      if (!marker) count++;
    }
    atLineStart = false;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------------------------
// Public API

export function countWords(text: string, rule: CountRuleId): number {
  switch (rule) {
    case 'govuk':
      return countNonWhitespaceRuns(text);
    case 'tinymce':
      return countTinyMce(text);
    case 'word':
      return countWordLike(text);
  }
}

export function countChars(text: string, rule: CharRuleId): number {
  switch (rule) {
    case 'chars':
      return text.length;
    case 'chars-no-spaces': {
      let count = 0;
      for (let i = 0, n = text.length; i < n; i++) if (!isJsWhitespace(text.charCodeAt(i))) count++;
      return count;
    }
    case 'chars-crlf': {
      // A form submission normalises every line break (LF, CR or CRLF) to CRLF, i.e. two characters.
      let extra = 0;
      for (let i = 0, n = text.length; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) {
          if (i === 0 || text.charCodeAt(i - 1) !== 13) extra++;
        } else if (c === 13) {
          if (i + 1 >= n || text.charCodeAt(i + 1) !== 10) extra++;
        }
      }
      return text.length + extra;
    }
  }
}

export interface LimitStatus {
  unit: 'words' | 'chars';
  count: number;
  limit: number;
  remaining: number;
  /** near = at least the threshold share of the limit (90% unless the page sets its own); over = above the limit. */
  state: 'ok' | 'near' | 'over';
}

/**
 * The share of the limit at which a count becomes "near". Our own default, matching what the Central Digital Platform
 * (Find a Tender) sets on its fields (`data-threshold="90"`). GOV.UK Frontend's own character count has no threshold
 * by default (it always shows the count); `data-threshold` is optional (audit L4; portals.md [V]).
 */
export const NEAR_THRESHOLD = 0.9;
/** Where NEAR_THRESHOLD comes from, for anyone showing or documenting it. */
export const NEAR_THRESHOLD_SOURCE =
  'Central Digital Platform (Find a Tender) sets data-threshold="90"; GOV.UK Frontend shows the count always unless a page sets a threshold';

/**
 * A page's own GOV.UK `data-threshold` attribute (a percentage, "0" to "100") as a share of the limit, or null when
 * absent or not a plain number in range. "0" means the page always shows the count.
 */
export function thresholdFromAttribute(value: string | null | undefined): number | null {
  if (value == null) return null;
  const t = value.trim();
  if (!/^\d{1,3}(?:\.\d+)?$/.test(t)) return null;
  const n = Number(t);
  return n >= 0 && n <= 100 ? n / 100 : null;
}

export function limitStatus(
  count: number,
  limit: number,
  unit: 'words' | 'chars',
  threshold: number = NEAR_THRESHOLD,
): LimitStatus {
  const remaining = limit - count;
  const share = Number.isFinite(threshold) && threshold >= 0 && threshold <= 1 ? threshold : NEAR_THRESHOLD;
  let state: LimitStatus['state'] = 'ok';
  if (count > limit) state = 'over';
  else if (limit > 0 && count >= limit * share) state = 'near';
  return { unit, count, limit, remaining, state };
}

function isCountRule(id: CountRuleId | CharRuleId): id is CountRuleId {
  return (COUNT_RULE_IDS as readonly string[]).includes(id);
}

/**
 * Other rules' counts when they disagree with the chosen one and the text is near or over the limit (any rule at
 * 90% of the limit or more), for messages like "portal counts 498, Word counts 503". Word rules are compared with
 * word rules, character rules with character rules. Empty when they agree or every count is far below the limit.
 */
export function disagreements(
  text: string,
  chosen: CountRuleId | CharRuleId,
  limit: number,
): Array<{ rule: CountRuleId | CharRuleId; label: string; count: number; over: boolean }> {
  if (!(limit > 0)) return [];
  const rules: ReadonlyArray<{ id: CountRuleId | CharRuleId; label: string }> = isCountRule(chosen)
    ? COUNT_RULES
    : CHAR_RULES;
  const count = (id: CountRuleId | CharRuleId): number =>
    isCountRule(id) ? countWords(text, id) : countChars(text, id);
  const chosenCount = count(chosen);
  const threshold = limit * NEAR_THRESHOLD;
  let near = chosenCount >= threshold;
  const others: Array<{ rule: CountRuleId | CharRuleId; label: string; count: number; over: boolean }> = [];
  for (const r of rules) {
    if (r.id === chosen) continue;
    const c = count(r.id);
    if (c >= threshold) near = true;
    if (c !== chosenCount) others.push({ rule: r.id, label: r.label, count: c, over: c > limit });
  }
  return near ? others : [];
}

/** GOV.UK-style message: "You have 12 words remaining", "You have 1 character too many". */
export function remainingMessage(s: LimitStatus): string {
  const n = Math.abs(s.remaining);
  const noun = s.unit === 'words' ? (n === 1 ? 'word' : 'words') : n === 1 ? 'character' : 'characters';
  return s.remaining < 0 ? `You have ${n} ${noun} too many` : `You have ${n} ${noun} remaining`;
}

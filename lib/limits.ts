/**
 * Reads response limits ("Maximum 500 words", "(max. 2,000 characters including spaces)", "1 side of A4",
 * "Word limit - n/a") and the social value weighting ("10%", "weighting 20 per cent") from question or hint text.
 *
 * It never guesses: a number near "words", "characters" or "pages" that is not in a recognised limit form, a template
 * placeholder ("[insert number] words"), or several different limits of one kind are reported in `notUnderstood`
 * and leave the value null. Typical limits are not assumed (social-value-model.md 5.2: 500/750/1,000 are unconfirmed).
 * Pure and DOM-free.
 */
import { normalise } from './classifier/phrase';

export interface Limits {
  words: number | null;
  chars: number | null;
  pages: number | null;
  /** true "including spaces", false "excluding spaces", null when the text does not say. */
  charsIncludeSpaces: boolean | null;
  /** The text says there is no limit ("Word limit - n/a", "no word limit"). */
  noLimit: boolean;
  /** The limit phrases recognised, as they appear in the text. */
  matched: string[];
  /** Limit-like phrases that were not understood, as they appear in the text. */
  notUnderstood: string[];
}

export interface Weighting {
  percent: number | null;
  matched: string | null;
  notUnderstood: string[];
}

/** The units a stated limit can be in: the one list (question rows, the draft:save message). */
export const LIMIT_UNITS = ['words', 'chars', 'pages'] as const;
export type LimitUnit = (typeof LIMIT_UNITS)[number];
type Unit = LimitUnit;

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  single: 1,
  'a single': 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  fifty: 50,
  hundred: 100,
  'one hundred': 100,
};

// A number: 1,000 / 1000 / 2.5k / 2k / one / a single.
const NUM =
  '(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?\\s?k|\\d+|a single|one hundred|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty|a|an)';
const PAGE_UNIT = '(sides?|pages?)';
const UNIT = `(words?|characters?|chars?|sides?|pages?)`;
const B = '(?<![a-z0-9])';
const E = '(?![a-z0-9])';
const LEAD =
  '(?:max(?:imum)?\\.?(?:\\s+of)?|up to(?:\\s+(?:a\\s+)?max(?:imum)?(?:\\s+of)?)?|no more than|not more than|no longer than|not (?:to )?exceed(?:ing)?|must not exceed|should not exceed|(?:a |the )?limit(?:ed)? (?:of|to)|within|under|at most|fewer than|less than|in|using)';

/** A limit form: the regex, which capture holds the number, which the unit (or a fixed unit). */
interface Form {
  re: RegExp;
  num: number;
  unit: number | Unit;
}

const FORMS: Form[] = [
  // "between 500 and 750 words", "500-750 words": the upper bound is the limit.
  { re: new RegExp(`${B}(?:between\\s+)?${NUM}\\s*(?:-|to|and)\\s*${NUM}\\s*${UNIT}${E}`, 'g'), num: 2, unit: 3 },
  // "Maximum 500 words", "no more than 750 words", "up to 10,000 characters", "max. 2 pages"
  { re: new RegExp(`${B}${LEAD}\\s+${NUM}\\s*-?\\s*${UNIT}${E}`, 'g'), num: 1, unit: 2 },
  // "500 word limit", "500 words max", "2,000 characters maximum", "500-word limit"
  {
    re: new RegExp(
      `${B}${NUM}\\s*-?\\s*${UNIT}\\s*(?:limit|max(?:imum)?\\.?|maximum|or (?:fewer|less)|count limit)${E}`,
      'g',
    ),
    num: 1,
    unit: 2,
  },
  // "Word count: 1000", "Word limit - 500", "Character limit: max 2000"
  {
    re: new RegExp(
      `${B}(word|character|char|page)s?\\s*(?:count|limit)(?:\\s+is)?\\s*[:=\\-]?\\s*(?:max(?:imum)?\\.?\\s*)?${NUM}${E}(?!\\s*%)`,
      'g',
    ),
    num: 2,
    unit: 1,
  },
  // "(500 words)", "(2,000 characters including spaces)"
  { re: new RegExp(`\\(\\s*(?:max(?:imum)?\\.?\\s*)?${NUM}\\s*${UNIT}${E}[^)]{0,40}\\)`, 'g'), num: 1, unit: 2 },
  // "1 side of A4", "two pages of A4"
  { re: new RegExp(`${B}${NUM}\\s*${PAGE_UNIT}\\s*(?:of\\s+)?a4${E}`, 'g'), num: 1, unit: 'pages' },
];

const NO_LIMIT: RegExp[] = [
  /(?<![a-z0-9])(?:word|character|char|page)s?\s*(?:count|limit)\s*[:=-]?\s*(?:n\/a|na|none|not applicable|no limit|unlimited|nil)(?![a-z0-9])/g,
  /(?<![a-z0-9])(?:there is )?no (?:word|character|page|length) (?:limit|count|restriction)(?![a-z0-9])/g,
  /(?<![a-z0-9])no (?:limit|maximum) (?:on|to) (?:the )?(?:number of )?(?:words|characters|pages|length)(?![a-z0-9])/g,
  /(?<![a-z0-9])unlimited (?:words|characters|length)(?![a-z0-9])/g,
];

const PLACEHOLDER = /\[[^\]]{0,60}\]\s*(?:words?|characters?|chars?|pages?)(?![a-z0-9])/g;
const LOOSE_NUMBER_UNIT = new RegExp(`${B}${NUM}\\s*-?\\s*${UNIT}${E}`, 'g');
const LOOSE_LIMIT_WORD = /(?<![a-z0-9])(?:word|character|page) (?:limit|count)(?![a-z0-9])/g;
const INCLUDING_SPACES = /(?<![a-z0-9])(?:including|includes|inclusive of|with) spaces(?![a-z0-9])/;
const EXCLUDING_SPACES = /(?<![a-z0-9])(?:excluding|excludes|exclusive of|not including|without|no) spaces(?![a-z0-9])/;

function parseNumber(raw: string): number | null {
  const s = raw.trim();
  if (s in NUMBER_WORDS) return NUMBER_WORDS[s]!;
  const k = /^(\d+(?:\.\d+)?)\s?k$/.exec(s);
  if (k) return Math.round(Number(k[1]) * 1000);
  const plain = s.replace(/[, ]/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(plain)) return null;
  const n = Number(plain);
  return Number.isFinite(n) ? n : null;
}

function unitOf(raw: string): Unit {
  if (raw.startsWith('word')) return 'words';
  if (raw.startsWith('char')) return 'chars';
  return 'pages';
}

interface Span {
  start: number;
  end: number;
}
function overlaps(a: Span, list: Span[]): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

export function parseLimits(text: string): Limits {
  const source = typeof text === 'string' ? text : '';
  const norm = normalise(source);
  const found: Record<Unit, number[]> = { words: [], chars: [], pages: [] };
  const matched: string[] = [];
  const notUnderstood: string[] = [];
  const claimed: Span[] = [];
  const add = (list: string[], s: string) => {
    const t = s.trim();
    if (t && !list.includes(t)) list.push(t);
  };

  for (const form of FORMS) {
    for (const m of norm.matchAll(form.re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (overlaps(span, claimed)) continue;
      const value = parseNumber(m[form.num] ?? '');
      const unit = typeof form.unit === 'number' ? unitOf(m[form.unit] ?? '') : form.unit;
      // "a word limit" style captures of the article alone are not numbers of words.
      if (
        value === null ||
        value <= 0 ||
        (value === 1 && unit !== 'pages' && /^(a|an|one|single|a single)$/.test((m[form.num] ?? '').trim()))
      )
        continue;
      claimed.push(span);
      found[unit].push(value);
      add(matched, source.slice(span.start, span.end));
    }
  }

  let noLimit = false;
  for (const re of NO_LIMIT) {
    for (const m of norm.matchAll(re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (overlaps(span, claimed)) continue;
      claimed.push(span);
      noLimit = true;
      add(matched, source.slice(span.start, span.end));
    }
  }

  for (const m of norm.matchAll(PLACEHOLDER)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, claimed)) continue;
    claimed.push(span);
    add(notUnderstood, source.slice(span.start, span.end));
  }
  for (const re of [LOOSE_NUMBER_UNIT, LOOSE_LIMIT_WORD]) {
    for (const m of norm.matchAll(re)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (overlaps(span, claimed)) continue;
      // "a word", "one page" in ordinary prose are not limits worth reporting.
      if (re === LOOSE_NUMBER_UNIT && parseNumber(m[1] ?? '') === 1 && !/\d/.test(m[1] ?? '')) continue;
      claimed.push(span);
      add(notUnderstood, source.slice(span.start, span.end));
    }
  }

  const pick = (unit: Unit): number | null => {
    const distinct = [...new Set(found[unit])];
    if (distinct.length === 1) return distinct[0]!;
    if (distinct.length > 1)
      add(
        notUnderstood,
        `several different ${unit === 'chars' ? 'character' : unit === 'words' ? 'word' : 'page'} limits: ${distinct.join(', ')}`,
      );
    return null;
  };
  const words = pick('words');
  const chars = pick('chars');
  const pages = pick('pages');

  let charsIncludeSpaces: boolean | null = null;
  if (EXCLUDING_SPACES.test(norm)) charsIncludeSpaces = false;
  else if (INCLUDING_SPACES.test(norm)) charsIncludeSpaces = true;

  return {
    words,
    chars,
    pages,
    charsIncludeSpaces,
    noLimit: noLimit && words === null && chars === null && pages === null,
    matched,
    notUnderstood,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Weighting

const PERCENT = /(?<![a-z0-9.])(\d{1,3}(?:\.\d+)?)\s*(%|per\s?cent|percent|pct)(?![a-z0-9])/g;
const WEIGHT_FRAME =
  /(?<![a-z])(?:weight(?:ing|ings|ed)?|scor(?:e|es|ed|ing)|marks?|evaluation|evaluated|of the (?:total|overall|quality|available)|worth|accounts? for|social value|quality|price|technical|criteri(?:on|a))(?![a-z])/;
const SOCIAL_VALUE_LABEL = /social value|community benefits?/g;
const LABEL_ONLY = /^[\s()[\]:\-–—a-z]*$/;

export function parseWeighting(text: string): Weighting {
  const source = typeof text === 'string' ? text : '';
  const norm = normalise(source);
  const candidates: { value: number; start: number; end: number; framed: boolean }[] = [];
  const notUnderstood: string[] = [];
  for (const m of norm.matchAll(PERCENT)) {
    const value = Number(m[1]);
    const start = m.index;
    const end = start + m[0].length;
    if (!(value > 0 && value <= 100)) {
      notUnderstood.push(source.slice(start, end));
      continue;
    }
    const before = norm.slice(Math.max(0, start - 45), start);
    const after = norm.slice(end, end + 30);
    const rest = (norm.slice(0, start) + norm.slice(end)).trim();
    // Framed: weighting words nearby, or the text is just a label and the percentage ("10%", "Social value (10%)").
    const labelOnly = rest.length <= 40 && LABEL_ONLY.test(rest) && !/(reduc|increas|cut|by|least|improv)/.test(rest);
    const framed = WEIGHT_FRAME.test(before) || WEIGHT_FRAME.test(after) || labelOnly;
    candidates.push({ value, start, end, framed });
  }
  const framed = candidates.filter((c) => c.framed);
  for (const c of candidates)
    if (!c.framed) notUnderstood.push(`${source.slice(c.start, c.end)} (not said to be a weighting)`);
  if (framed.length === 0) return { percent: null, matched: null, notUnderstood };

  let chosen = framed[0]!;
  const distinct = new Set(framed.map((c) => c.value));
  if (distinct.size > 1) {
    // Several percentages (e.g. "Quality 60%, Price 30%, Social value 10%"): take the one next to "social value".
    const labels = [...norm.matchAll(SOCIAL_VALUE_LABEL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const near = framed
      .map((c) => ({
        c,
        d: Math.min(
          ...labels.map((l) => (l.end <= c.start ? c.start - l.end : l.start >= c.end ? l.start - c.end + 10 : 0)),
        ),
      }))
      .filter((x) => Number.isFinite(x.d) && x.d <= 30)
      .sort((a, b) => a.d - b.d);
    if (near.length === 0) {
      for (const c of framed)
        notUnderstood.push(`${source.slice(c.start, c.end)} (several weightings; none marked as social value)`);
      return { percent: null, matched: null, notUnderstood };
    }
    chosen = near[0]!.c;
  }
  return { percent: chosen.value, matched: source.slice(chosen.start, chosen.end), notUnderstood };
}

/**
 * Text normalisation and the small phrase language the cue lists are written in.
 *
 * Normalisation keeps every character at its index (one character in, one character out), so a match found in the
 * normalised text can be cut out of the original text "as it appears" for the `why` list.
 *
 * Phrase syntax (a cue's phrase is compiled once, at module load):
 * - `a b|c d` : top-level `|` separates whole alternative phrases ("a b" or "c d");
 * - words are separated by spaces; between words the text may have spaces, hyphens or slashes;
 * - `word*` is a stem: `employ*` matches employ, employer, employment, employs ... (light stemming);
 * - `(x|y z)` is a group of alternatives inside a phrase: `in the (delivery|performance) of`;
 * - a trailing `?` makes a word or group optional: `the? local community`;
 * - `~` allows a gap of up to three other words: `create ~ jobs` matches "create 20 new jobs";
 * - a phrase starting with `re:` is a raw regular expression source used as is (on normalised text).
 * Matches respect word edges: `pay` does not match inside "payment", but `pay*` does.
 */

/** Characters folded to a plain equivalent of the same length (one code unit each). */
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\t': ' ', '\r': ' ', '\n': ' ', '\u00ad': ' ',
};

/** Lower-cases and folds quotes, dashes and odd spaces, keeping the string length identical. */
export function normalise(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const folded = FOLD[ch];
    if (folded !== undefined) {
      out += folded;
      continue;
    }
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}

const SEP = '[\\s\\-/]+';
const GAP = "(?:[\\s\\-/]+[a-z0-9'&£%.,()]+){0,3}?";
const EDGE_BEFORE = '(?<![a-z0-9])';
const EDGE_AFTER = '(?![a-z0-9])';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits on `sep` where it is outside parentheses. */
function splitTop(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (depth < 0) throw new Error(`unbalanced ")" in phrase "${s}"`);
    if (ch === sep && depth === 0) {
      out.push(cur);
      cur = '';
    } else {
      cur += ch;
    }
  }
  if (depth !== 0) throw new Error(`unbalanced "(" in phrase "${s}"`);
  out.push(cur);
  return out;
}

function wordSource(word: string): string {
  if (word.startsWith('(') && word.endsWith(')')) {
    const alts = splitTop(word.slice(1, -1), '|').map((a) => sequenceSource(a));
    return `(?:${alts.join('|')})`;
  }
  if (word.includes('(') || word.includes(')')) throw new Error(`group must be a whole word: "${word}"`);
  if (word.endsWith('*')) return `${escapeRegExp(word.slice(0, -1))}[a-z0-9']*`;
  return escapeRegExp(word);
}

function sequenceSource(seq: string): string {
  const words = splitTop(seq.trim(), ' ').filter((w) => w.length > 0);
  if (words.length === 0) throw new Error('empty phrase');
  let src = '';
  let first = true;
  for (const word of words) {
    if (word === '~') {
      if (first) throw new Error(`phrase cannot start with a gap: "${seq}"`);
      src += GAP;
      continue;
    }
    const optional = word.length > 1 && word.endsWith('?');
    const body = wordSource(optional ? word.slice(0, -1) : word);
    if (first) {
      if (optional) throw new Error(`phrase cannot start with an optional word: "${seq}"`);
      src += body;
      first = false;
    } else {
      src += optional ? `(?:${SEP}${body})?` : `${SEP}${body}`;
    }
  }
  return src;
}

/** The regular expression sources of a phrase's top-level alternatives. */
export function phraseSources(phrase: string): string[] {
  if (phrase.startsWith('re:')) return [phrase.slice(3)];
  return splitTop(phrase.toLowerCase(), '|').map((alt) => `${EDGE_BEFORE}${sequenceSource(alt)}${EDGE_AFTER}`);
}

/**
 * A literal every match of one alternative must contain (its longest fixed word), used to skip the regex cheaply
 * with `includes` when the text cannot match. Null when there is none.
 */
export function alternativeAnchor(alt: string): string | null {
  let best: string | null = null;
  for (const word of splitTop(alt.trim().toLowerCase(), ' ')) {
    if (word === '~' || word.endsWith('?') || word.includes('(')) continue;
    const lit = word.endsWith('*') ? word.slice(0, -1) : word;
    if (lit.length >= 2 && (best === null || lit.length > best.length)) best = lit;
  }
  return best;
}

interface CompiledAlternative {
  re: RegExp;
  anchor: string | null;
}

export interface CompiledPhrase {
  phrase: string;
  alternatives: CompiledAlternative[];
}

export function compilePhrase(phrase: string): CompiledPhrase {
  if (phrase.startsWith('re:')) {
    return { phrase, alternatives: [{ re: new RegExp(phrase.slice(3)), anchor: null }] };
  }
  const alts = splitTop(phrase.toLowerCase(), '|');
  return {
    phrase,
    alternatives: alts.map((alt) => ({
      re: new RegExp(`${EDGE_BEFORE}${sequenceSource(alt)}${EDGE_AFTER}`),
      anchor: alternativeAnchor(alt),
    })),
  };
}

export interface PhraseMatch {
  start: number;
  end: number;
}

/** The longest of the earliest matches of a compiled phrase's alternatives in normalised text, or null. */
export function findPhrase(compiled: CompiledPhrase, normalised: string): PhraseMatch | null {
  let best: PhraseMatch | null = null;
  for (const alt of compiled.alternatives) {
    if (alt.anchor !== null && !normalised.includes(alt.anchor)) continue;
    const m = alt.re.exec(normalised);
    if (m === null) continue;
    const found = { start: m.index, end: m.index + m[0].length };
    if (best === null || found.end - found.start > best.end - best.start) best = found;
  }
  return best;
}

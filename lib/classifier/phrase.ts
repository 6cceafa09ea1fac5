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
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\t': ' ',
  '\r': ' ',
  '\n': ' ',
  '\u00ad': ' ',
};

const FOLD_RE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/** Lower-cases and folds quotes, dashes and odd spaces, keeping the string length identical. */
export function normalise(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(FOLD_RE, (ch) => FOLD[ch] ?? ch);
  // Rare: a character whose lower case is longer (e.g. dotted capital I). Go one character at a time.
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

// Quote marks between words separate them too ("'fair work' practices" is "fair work practices").
const SEP = '[\\s\\-/\'"]+';
const GAP = "(?:[\\s\\-/]+[a-z0-9'&£%.,()]+){0,3}?";
const EDGE_BEFORE = '(?<![a-z0-9])';
const EDGE_AFTER = '(?![a-z0-9])';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Splits on `sep` where it is outside parentheses. */
function splitTop(s: string, sep: string): string[] {
  if (!s.includes('(') && !s.includes(')')) return s.split(sep); // most phrases: no groups, no walk
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

/** Words too common to be worth an anchor when the alternative has a rarer one ("to", "the", "with"). */
const COMMON_WORDS = new Set([
  'a',
  'all',
  'an',
  'and',
  'any',
  'are',
  'as',
  'at',
  'be',
  'by',
  'for',
  'from',
  'in',
  'into',
  'is',
  'its',
  'must',
  'of',
  'on',
  'or',
  'our',
  'shall',
  'that',
  'the',
  'their',
  'this',
  'to',
  'will',
  'with',
  'within',
  'you',
  'your',
]);

function longestRun(word: string): string | null {
  let best: string | null = null;
  const lit = word.endsWith('*') ? word.slice(0, -1) : word;
  for (const run of lit.split(/[^a-z0-9]+/))
    if (run.length >= 2 && (best === null || run.length > best.length)) best = run;
  return best;
}

/**
 * Letter-and-digit runs one of which must begin some token of any text the alternative matches, so the regex can be
 * skipped when the text has none. Taken from the longest fixed word that is not a common one; failing that, from a
 * group whose every option has anchors of its own ("(requires|seeks) (a|an) ~ provider to run" has "provider";
 * "(requires|seeks) (a|an) ~ (provider|supplier) to (deliver|run)" has provider or supplier, where it had "to"); a
 * common word only as a last resort. Null when there is none (the regex always runs).
 */
export function alternativeAnchors(alt: string): string[] | null {
  let best: string[] | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const word of splitTop(alt.trim().toLowerCase(), ' ')) {
    if (word === '~' || (word.length > 1 && word.endsWith('?'))) continue;
    let candidate: string[] | null = null;
    const group = word.startsWith('(') && word.endsWith(')');
    if (group) {
      const options = splitTop(word.slice(1, -1), '|').map((o) => alternativeAnchors(o));
      if (options.every((o): o is string[] => o !== null)) candidate = [...new Set(options.flat())];
    } else if (!word.includes('(')) {
      const run = longestRun(word);
      if (run !== null) candidate = [run];
    }
    if (candidate === null) continue;
    // A fixed word first (the longest); a group only where no uncommon fixed word exists.
    const score =
      (candidate.some((a) => COMMON_WORDS.has(a)) ? -1000 : group ? 0 : 100) +
      Math.min(...candidate.map((a) => a.length)) -
      (candidate.length - 1) * 0.5;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

// Every anchor of every compiled phrase goes into one trie over [a-z0-9], so a text is scanned once (no allocation)
// to learn which anchors begin one of its tokens.
interface TrieNode {
  next: (TrieNode | undefined)[];
  id: number;
}
const newNode = (): TrieNode => ({ next: new Array<TrieNode | undefined>(36), id: -1 });
const ROOT = newNode();
let anchorCount = 0;
/** For each anchor id, the ids of the phrases one of whose alternatives it anchors. */
const PHRASES_OF_ANCHOR: number[][] = [];
let phraseCount = 0;

function charSlot(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return code - 48 + 26;
  return -1;
}

function registerAnchor(anchor: string): number {
  let node = ROOT;
  for (let i = 0; i < anchor.length; i++) {
    const slot = charSlot(anchor.charCodeAt(i));
    if (slot < 0) throw new Error(`anchor must be letters and digits: "${anchor}"`);
    node = node.next[slot] ??= newNode();
  }
  if (node.id < 0) {
    node.id = anchorCount++;
    PHRASES_OF_ANCHOR[node.id] = [];
  }
  return node.id;
}

/**
 * A normalised text with the anchors that begin one of its tokens, found once per text, and the phrases one of whose
 * anchors it holds (a phrase with none cannot match: `findPhrase` returns at once).
 */
export interface IndexedText {
  norm: string;
  found: Uint8Array;
  phrases: Uint8Array;
}

export function indexText(norm: string): IndexedText {
  const found = new Uint8Array(anchorCount);
  const phrases = new Uint8Array(phraseCount);
  let prevAlnum = false;
  for (let i = 0; i < norm.length; i++) {
    const slot = charSlot(norm.charCodeAt(i));
    if (slot >= 0 && !prevAlnum) {
      let node: TrieNode | undefined = ROOT.next[slot];
      let j = i;
      while (node !== undefined) {
        if (node.id >= 0 && found[node.id] === 0) {
          found[node.id] = 1;
          for (const p of PHRASES_OF_ANCHOR[node.id]!) phrases[p] = 1;
        }
        j++;
        if (j >= norm.length) break;
        const s = charSlot(norm.charCodeAt(j));
        if (s < 0) break;
        node = node.next[s];
      }
    }
    prevAlnum = slot >= 0;
  }
  return { norm, found, phrases };
}

interface CompiledAlternative {
  /** The alternative's text; its regular expression is built on first use (most never run on a given page). */
  source: string;
  re: RegExp | null;
  /** One of these must begin a token of the text (none: the regex always runs). */
  anchors: string[];
  anchorIds: number[];
}

export interface CompiledPhrase {
  phrase: string;
  alternatives: CompiledAlternative[];
  /** Set when every alternative has an anchor: the phrase's slot in `IndexedText.phrases`; otherwise -1. */
  id: number;
}

/**
 * Compile a phrase for `findPhrase`. Cheap: only the alternatives and their anchors are worked out here; each
 * alternative's regular expression is built the first time a text contains its anchor. `checkPhrase` builds them all
 * (the cue tests use it, so a malformed phrase fails there rather than on some page).
 */
export function compilePhrase(phrase: string): CompiledPhrase {
  if (phrase.startsWith('re:')) {
    return {
      phrase,
      alternatives: [{ source: '', re: new RegExp(phrase.slice(3)), anchors: [], anchorIds: [] }],
      id: -1,
    };
  }
  const alternatives = splitTop(phrase.toLowerCase(), '|').map((alt): CompiledAlternative => {
    const anchors = alternativeAnchors(alt) ?? [];
    return { source: alt, re: null, anchors, anchorIds: anchors.map(registerAnchor) };
  });
  let id = -1;
  if (alternatives.every((a) => a.anchorIds.length > 0)) {
    id = phraseCount++;
    for (const a of alternatives) {
      for (const anchorId of a.anchorIds) {
        const list = PHRASES_OF_ANCHOR[anchorId]!;
        if (list[list.length - 1] !== id) list.push(id);
      }
    }
  }
  return { phrase, alternatives, id };
}

function regexOf(alt: CompiledAlternative): RegExp {
  alt.re ??= new RegExp(`${EDGE_BEFORE}${sequenceSource(alt.source)}${EDGE_AFTER}`);
  return alt.re;
}

/** Compile a phrase and every alternative's regular expression now: throws on a malformed phrase. */
export function checkPhrase(phrase: string): CompiledPhrase {
  const compiled = compilePhrase(phrase);
  for (const alt of compiled.alternatives) regexOf(alt);
  return compiled;
}

export interface PhraseMatch {
  start: number;
  end: number;
}

/** The longest of the earliest matches of a compiled phrase's alternatives in normalised text, or null. */
export function findPhrase(compiled: CompiledPhrase, text: string | IndexedText): PhraseMatch | null {
  const indexed = typeof text === 'string' ? null : text;
  // None of the phrase's anchors begins a token of the text (a phrase compiled after the text was indexed is checked
  // alternative by alternative).
  if (
    indexed !== null &&
    compiled.id >= 0 &&
    compiled.id < indexed.phrases.length &&
    indexed.phrases[compiled.id] === 0
  )
    return null;
  const normalised = typeof text === 'string' ? text : text.norm;
  let best: PhraseMatch | null = null;
  for (const alt of compiled.alternatives) {
    if (alt.anchorIds.length > 0) {
      let present = false;
      for (let k = 0; k < alt.anchorIds.length && !present; k++) {
        const id = alt.anchorIds[k]!;
        present =
          indexed !== null && id < indexed.found.length
            ? indexed.found[id] === 1
            : normalised.includes(alt.anchors[k]!);
      }
      if (!present) continue;
    }
    const m = regexOf(alt).exec(normalised);
    if (m === null) continue;
    const found = { start: m.index, end: m.index + m[0].length };
    if (best === null || found.end - found.start > best.end - best.start) best = found;
  }
  return best;
}

/**
 * Draft identity. A draft belongs to portal + tender + question, never to a DOM path, so it re-attaches after
 * the portal re-renders the page or moves the field.
 */

/** Question text normalised for identity: case, punctuation, spacing and a leading number do not matter. */
export function normaliseQuestion(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^\s*(?:q(?:uestion)?\.?\s*)?[\d.()]+\s*[-:.)]?\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The question number, when the text starts with one ("Q3.2", "4.1)", "Question 7:"). */
export function questionNumber(text: string): string | null {
  const found = /^\s*(?:q(?:uestion)?\.?\s*)?(\d+(?:\.\d+)*)\b/i.exec(text);
  return found?.[1] ?? null;
}

/** 53-bit string hash (cyrb53): stable, fast, and enough to tell questions apart; not for security. */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function questionFingerprint(questionText: string): string {
  const number = questionNumber(questionText);
  return `${number ?? 'q'}-${hash53(normaliseQuestion(questionText))}`;
}

/** Origin marker for drafts saved before keys carried an origin, whose page address was not recoverable. */
export const LEGACY_ORIGIN = 'legacy:';

/** The scheme + host (+ port) of a page address, or null when it is not an http(s) address. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/**
 * The draft key: `portal|origin|tender|fingerprint`. The origin (scheme + host) is part of the identity: a page
 * elsewhere, even on a sibling subdomain with the same tender reference and question, never shares a draft.
 * Where the page shows no tender reference, the URL path (without query or fragment, which carry cache busters
 * and session ids) stands in for it.
 */
export function draftKey(parts: {
  portalId: string;
  origin: string;
  tenderRef: string | null;
  path: string;
  question: string;
}): string {
  return `${tenderKey(parts)}|${questionFingerprint(parts.question)}`;
}

/** The tender part of a draft key (also the tender row's id): `portal|origin|tender`. */
export function tenderKey(parts: { portalId: string; origin: string; tenderRef: string | null; path: string }): string {
  const tender = parts.tenderRef ?? `path:${parts.path.replace(/[?#].*$/, '').replace(/\/+$/, '') || '/'}`;
  return `${parts.portalId}|${parts.origin}|${tender}`;
}

export interface ParsedDraftKey {
  portalId: string;
  origin: string;
  /** The tender reference, or `path:/…` when the page showed none. */
  tender: string;
  fingerprint: string;
  /** `portal|origin|tender`, the tender row's id. */
  tenderId: string;
}

/**
 * Read a draft key back. Portal ids, origins and fingerprints never contain `|`; a tender reference might, so it
 * is everything between the origin and the last segment. Null for anything that is not a current-format key.
 */
export function parseDraftKey(key: string): ParsedDraftKey | null {
  const parts = key.split('|');
  if (parts.length < 4) return null;
  const [portalId, origin] = parts as [string, string];
  const fingerprint = parts[parts.length - 1]!;
  const tender = parts.slice(2, -1).join('|');
  if (!portalId || !fingerprint || !tender) return null;
  if (origin !== LEGACY_ORIGIN && originOf(origin) !== origin) return null;
  return { portalId, origin, tender, fingerprint, tenderId: `${portalId}|${origin}|${tender}` };
}

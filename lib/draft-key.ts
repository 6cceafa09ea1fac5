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

/**
 * The draft key: `portal|tender|fingerprint`. Where the page shows no tender reference, the URL path (without
 * query or fragment, which carry cache busters and session ids) stands in for it.
 */
export function draftKey(parts: { portalId: string; tenderRef: string | null; path: string; question: string }): string {
  const tender = parts.tenderRef ?? `path:${parts.path.replace(/[?#].*$/, '').replace(/\/+$/, '') || '/'}`;
  return `${parts.portalId}|${tender}|${questionFingerprint(parts.question)}`;
}

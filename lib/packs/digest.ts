/**
 * The pack digest: SHA-256 (WebCrypto `crypto.subtle`, in browsers, service workers and Node 20) over a canonical
 * JSON form of the pack without its `digest` field: object keys sorted, no whitespace. Any edit, truncation or
 * reordering of the content changes it. It is a checksum, not a signature: it detects damage and hand edits, not
 * someone who recomputes it on purpose.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const out = JSON.stringify(value);
    return out === undefined ? 'null' : out;
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.keys(value as Record<string, unknown>)
    .sort()
    .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
  return `{${entries.join(',')}}`;
}

export async function sha256Hex(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const b of hash) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** The digest of a pack object (any format version): everything except its own `digest` field. */
export async function packDigest(pack: Record<string, unknown>): Promise<string> {
  const { digest: _ignored, ...content } = pack;
  return sha256Hex(canonicalJson(content));
}

import { Inflate, unzipSync } from 'fflate';
import type { z } from 'zod';
import { CURRENT_FORMAT_VERSION, FORMAT_VERSIONS, PACK_FORMAT, PACK_JSON_NAME, SCHEMAS, type Pack } from './format';
import { packDigest } from './digest';
import { migrateToCurrent } from './migrations';
import { APP_VERSION } from './version';

/**
 * Reading a `.svlpack` file someone sent you. Everything in it is untrusted. In order: size cap; zip structure
 * checked from the central directory before anything is inflated (entry count, names, declared sizes, ratio);
 * only `pack.json` is inflated, in small chunks with a running byte count that stops at its declared size (a zip
 * whose header lies about the size is refused as soon as the output passes it, not after inflating it all); JSON; format and version; the schema of that
 * version; the SHA-256 digest; references between parts; then numbered migrations to the current format.
 * Pure apart from WebCrypto: it never touches the database. Never throws.
 */
export const READ_LIMITS = {
  maxFileBytes: 20 * 1024 * 1024,
  maxEntries: 5_000,
  maxPackJsonBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  /** Declared uncompressed / compressed size, for entries over 1 MB uncompressed. */
  maxRatio: 200,
  maxNameLength: 255,
};

export type ReadErrorKind =
  | 'too-large'
  | 'not-a-pack'
  | 'unsafe'
  | 'corrupt'
  | 'wrong-version'
  | 'newer-version'
  | 'tampered';
export type ReadResult =
  | { ok: true; pack: Pack; fromVersion: number }
  | { ok: false; kind: ReadErrorKind; error: string };

const fail = (kind: ReadErrorKind, error: string): ReadResult => ({ ok: false, kind, error });
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

class UnsafeZip extends Error {}

/** Is this entry name safe to have in a pack? Relative, forward slashes, no `..`, no control characters. */
export function unsafePathReason(name: string): string | null {
  if (name.length === 0) return 'an entry with no name';
  if (name.length > READ_LIMITS.maxNameLength) return 'an entry name longer than 255 characters';
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'an entry name with control characters';
  if (name.includes('\\')) return `a path with backslashes (${name})`;
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return `an absolute path (${name})`;
  if (name.split('/').some((part) => part === '..')) return `a path that climbs out of the pack (${name})`;
  return null;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
function looksLikeJson(bytes: Uint8Array): boolean {
  for (const b of bytes.subarray(0, 64)) {
    if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09 || b === 0xef || b === 0xbb || b === 0xbf) continue;
    return b === 0x7b; // {
  }
  return false;
}

/** Where an entry's compressed data sits, read from the central directory and its local header (no zip64: packs are small). */
function locateEntry(bytes: Uint8Array, wanted: string): { start: number; compressedSize: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (name === wanted) {
      const local = view.getUint32(at + 42, true);
      if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return null;
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (start + compressedSize > bytes.length) return null;
      return { start, compressedSize };
    }
    at = next;
  }
  return null;
}

/** Compressed bytes fed to the inflater at a time: deflate expands at most ~1,032 times, so each step yields ≤ ~4 MB. */
const INFLATE_STEP = 4096;

/**
 * Inflate one entry into a buffer of its declared size, a chunk at a time, counting output bytes: the moment the
 * output passes the declared size the zip is refused, whatever its headers say.
 */
function inflateBounded(
  bytes: Uint8Array,
  start: number,
  compressedSize: number,
  compression: number,
  declared: number,
): Uint8Array | 'too-big' | 'broken' {
  const data = bytes.subarray(start, start + compressedSize);
  if (compression === 0) return data.length === declared ? data.slice() : data.length > declared ? 'too-big' : 'broken';
  const out = new Uint8Array(declared);
  let written = 0;
  let tooBig = false;
  const inflater = new Inflate((chunk: Uint8Array) => {
    if (tooBig) return;
    if (written + chunk.length > declared) {
      tooBig = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && !tooBig; at += INFLATE_STEP) {
      const end = Math.min(data.length, at + INFLATE_STEP);
      inflater.push(data.subarray(at, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch {
    return tooBig ? 'too-big' : 'broken';
  }
  if (tooBig) return 'too-big';
  return written === declared ? out : 'broken';
}

/** Inflate `pack.json` only, after checking every entry's declared sizes and name. */
function extractPackJson(bytes: Uint8Array): ReadResult | Uint8Array {
  let entries = 0;
  let total = 0;
  const names = new Set<string>();
  let declared = -1;
  let compression = -1;
  try {
    // Central directory checks only: the filter refuses every entry, so nothing is inflated here.
    unzipSync(bytes, {
      filter: (file) => {
        entries += 1;
        if (entries > READ_LIMITS.maxEntries) throw new UnsafeZip(`it holds more than ${READ_LIMITS.maxEntries} files`);
        const reason = unsafePathReason(file.name);
        if (reason) throw new UnsafeZip(`it contains ${reason}`);
        if (names.has(file.name)) throw new UnsafeZip(`it contains ${file.name} twice`);
        names.add(file.name);
        total += file.originalSize;
        if (total > READ_LIMITS.maxTotalBytes)
          throw new UnsafeZip(`its files would expand to more than ${mb(READ_LIMITS.maxTotalBytes)}`);
        if (file.originalSize > 1024 * 1024 && file.originalSize > file.size * READ_LIMITS.maxRatio) {
          throw new UnsafeZip(
            `${file.name} would expand ${Math.round(file.originalSize / Math.max(1, file.size))} times (zip bomb check)`,
          );
        }
        if (file.name !== PACK_JSON_NAME) return false;
        if (file.originalSize > READ_LIMITS.maxPackJsonBytes)
          throw new UnsafeZip(`${PACK_JSON_NAME} would expand to ${mb(file.originalSize)}`);
        if (file.compression !== 0 && file.compression !== 8)
          throw new UnsafeZip(`${PACK_JSON_NAME} uses an unknown compression method`);
        declared = file.originalSize;
        compression = file.compression;
        return false;
      },
    });
  } catch (error) {
    if (error instanceof UnsafeZip)
      return fail('unsafe', `This file looks unsafe, so it was not opened: ${error.message}.`);
    return fail(
      'corrupt',
      'This pack is damaged or incomplete (the zip could not be read). Ask the sender for a fresh copy.',
    );
  }
  if (declared < 0)
    return fail('not-a-pack', `This is not a Social Value Lens pack: the zip has no ${PACK_JSON_NAME} inside.`);
  const where = locateEntry(bytes, PACK_JSON_NAME);
  if (!where)
    return fail(
      'corrupt',
      'This pack is damaged or incomplete (the zip could not be read). Ask the sender for a fresh copy.',
    );
  const json = inflateBounded(bytes, where.start, where.compressedSize, compression, declared);
  if (json === 'too-big')
    return fail(
      'unsafe',
      `This file looks unsafe, so it was not opened: ${PACK_JSON_NAME} expands to more than the ${declared} bytes its header declares (zip bomb check).`,
    );
  if (json === 'broken') return fail('corrupt', `This pack is damaged or incomplete: ${PACK_JSON_NAME} is cut short.`);
  return json;
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'unknown problem';
  const where = issue.path.length ? issue.path.map(String).join('.') : 'the pack';
  return `${where}: ${issue.message}`;
}

/** Parts refer to each other by id: every question and draft to a tender in the pack; no id twice. */
function referenceProblem(pack: Pack): string | null {
  const tenderIds = new Set<string>();
  for (const t of pack.tenders) {
    if (tenderIds.has(t.id)) return `tender ${t.id} appears twice`;
    tenderIds.add(t.id);
  }
  const questionKeys = new Set<string>();
  for (const q of pack.questions) {
    if (questionKeys.has(q.key)) return `question ${q.key} appears twice`;
    if (!tenderIds.has(q.tenderId)) return `question ${q.key} belongs to a tender that is not in the pack`;
    questionKeys.add(q.key);
  }
  const draftKeys = new Set<string>();
  for (const d of pack.drafts) {
    if (draftKeys.has(d.key)) return `draft ${d.key} appears twice`;
    if (!tenderIds.has(d.tenderId)) return `draft ${d.key} belongs to a tender that is not in the pack`;
    draftKeys.add(d.key);
  }
  const evidenceIds = new Set<string>();
  for (const e of pack.evidence) {
    if (evidenceIds.has(e.id)) return `evidence item ${e.id} appears twice`;
    evidenceIds.add(e.id);
  }
  return null;
}

/** Validate a parsed pack.json (any format version) and bring it to the current format. */
export async function readPackObject(raw: unknown): Promise<ReadResult> {
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    (raw as { format?: unknown }).format !== PACK_FORMAT
  ) {
    return fail('not-a-pack', 'This is not a Social Value Lens pack: pack.json does not say it is one.');
  }
  const record = raw as Record<string, unknown>;
  const version = record.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_FORMAT_VERSION) {
    const meta = record.meta as { appVersion?: unknown } | undefined;
    const app =
      typeof meta?.appVersion === 'string'
        ? meta.appVersion.slice(0, 50)
        : typeof record.appVersion === 'string'
          ? record.appVersion.slice(0, 50)
          : 'unknown';
    return fail(
      'newer-version',
      `This pack was made by a newer version of Social Value Lens (app ${app}, pack format ${version}); this is ${APP_VERSION}, which reads formats up to ${CURRENT_FORMAT_VERSION}. Update Social Value Lens to open it.`,
    );
  }
  if (!FORMAT_VERSIONS.includes(version as 1 | 2)) {
    return fail(
      'wrong-version',
      `This pack has format version ${JSON.stringify(version)?.slice(0, 40) ?? 'missing'}, which Social Value Lens does not know (it reads formats ${FORMAT_VERSIONS.join(' and ')}).`,
    );
  }
  const fromVersion = version as 1 | 2;
  const parsed = SCHEMAS[fromVersion].safeParse(raw);
  if (!parsed.success) {
    return fail(
      'corrupt',
      `This pack is damaged and cannot be imported (${describeIssue(parsed.error.issues[0]).slice(0, 300)}).`,
    );
  }
  const data = parsed.data as Record<string, unknown>;
  if ((await packDigest(data)) !== data.digest) {
    return fail(
      'tampered',
      'This pack has been changed since it was exported: its SHA-256 digest does not match its content. Nothing was imported; ask the sender for a fresh copy.',
    );
  }
  let pack: Pack;
  try {
    pack = await migrateToCurrent(data, fromVersion);
  } catch {
    return fail('corrupt', `This pack (format ${fromVersion}) could not be brought up to date.`);
  }
  const problem = referenceProblem(pack);
  if (problem) return fail('corrupt', `This pack is damaged and cannot be imported: ${problem}.`);
  return { ok: true, pack, fromVersion };
}

/** Read a whole `.svlpack` file (or a bare pack.json). */
export async function readPackFile(bytes: Uint8Array): Promise<ReadResult> {
  try {
    if (bytes.length > READ_LIMITS.maxFileBytes) {
      return fail(
        'too-large',
        `This file is ${mb(bytes.length)}; a pack can be at most ${mb(READ_LIMITS.maxFileBytes)}. Export fewer tenders at a time.`,
      );
    }
    if (bytes.length === 0) return fail('not-a-pack', 'This file is empty, so it is not a Social Value Lens pack.');
    let json: Uint8Array;
    if (isZip(bytes)) {
      const extracted = extractPackJson(bytes);
      if (!(extracted instanceof Uint8Array)) return extracted;
      json = extracted;
    } else if (looksLikeJson(bytes)) {
      json = bytes;
    } else {
      return fail(
        'not-a-pack',
        'This is not a Social Value Lens pack (.svlpack): it is neither a zip file nor pack JSON.',
      );
    }
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
    } catch {
      return fail('corrupt', `This pack is damaged or incomplete: ${PACK_JSON_NAME} is not valid JSON.`);
    }
    return await readPackObject(raw);
  } catch (error) {
    // Anything unforeseen (out of memory, a zip the reader trips on) still gets words, never a crash.
    return fail('corrupt', `This pack could not be read (${error instanceof Error ? error.name : 'unknown error'}).`);
  }
}

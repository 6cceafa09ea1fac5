import type { SvlDatabase } from '../db';
import { searchEvidence } from '../library/search';
import { isStale } from '../library/stale';
import { deleteEvidence, listEvidence, saveEvidence } from '../library/store';
import { suggestEvidence } from '../library/suggest';
import { applyImport } from './apply';
import { base64ToBytes } from './base64';
import { buildPack } from './export';
import { packMessageSchema } from './messages';
import { planImport } from './plan';
import { readPackFile } from './read';

export type PackAnswer = { ok: true; [key: string]: unknown } | { ok: false; error: string };

async function readBase64(file: string) {
  const bytes = base64ToBytes(file);
  if (!bytes) return { ok: false as const, error: 'The file could not be passed to the extension (not base64).' };
  return readPackFile(bytes);
}

/** What a content script (a portal page) may ask: read-only library look-ups. Exports and imports need the packs page. */
const CONTENT_SCRIPT_ALLOWED = new Set(['evidence:suggest', 'evidence:search', 'evidence:list']);

/**
 * The background handler for `pack:` and `evidence:` messages. Validates with zod; never throws; any failure is
 * `{ ok: false, error }` in words, and a failed import leaves the database exactly as it was. `context` is the
 * router's: without `extensionPage: true` (a content script) only library look-ups are answered.
 */
export async function handlePackMessage(db: SvlDatabase, raw: unknown, context: { extensionPage?: boolean } = {}): Promise<PackAnswer> {
  const parsed = packMessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'Unrecognised message.' };
  const message = parsed.data;
  if (!CONTENT_SCRIPT_ALLOWED.has(message.type) && !context.extensionPage) {
    return { ok: false, error: 'Refused: only the packs page may do that.' };
  }
  try {
    switch (message.type) {
      case 'pack:tenders': {
        const [tenders, drafts] = await Promise.all([db.tenders.toArray(), db.drafts.toArray()]);
        const counts = new Map<string, number>();
        for (const d of drafts) counts.set(d.tenderId, (counts.get(d.tenderId) ?? 0) + 1);
        const known = new Set(tenders.map((t) => t.id));
        const rows = tenders.map((t) => ({ id: t.id, portalId: t.portalId, title: t.title, reference: t.reference, drafts: counts.get(t.id) ?? 0 }));
        for (const [id, n] of counts) if (!known.has(id)) rows.push({ id, portalId: id.split('|')[0] ?? '', title: null, reference: null, drafts: n });
        return { ok: true, tenders: rows.filter((t) => t.drafts > 0) };
      }
      case 'pack:export':
        return { ok: true, pack: await buildPack(db, message) };
      case 'pack:preview': {
        const read = await readBase64(message.file);
        if (!read.ok) return { ok: false, error: read.error };
        return { ok: true, fromVersion: read.fromVersion, plan: await planImport(db, read.pack) };
      }
      case 'pack:import': {
        const read = await readBase64(message.file);
        if (!read.ok) return { ok: false, error: read.error };
        if (read.pack.digest !== message.digest) return { ok: false, error: 'This is not the pack you previewed. Preview it again before importing.' };
        return { ok: true, result: await applyImport(db, read.pack, message.choices) };
      }
      case 'evidence:list': {
        const items = await listEvidence(db);
        return { ok: true, items: items.sort((a, b) => b.updatedAt - a.updatedAt).map((item) => ({ item, stale: isStale(item) })) };
      }
      case 'evidence:search':
        return { ok: true, items: searchEvidence(await listEvidence(db), message.query).map((h) => ({ item: h.item, stale: isStale(h.item) })) };
      case 'evidence:save':
        return await saveEvidence(db, message.item);
      case 'evidence:delete':
        return (await deleteEvidence(db, message.id)) ? { ok: true } : { ok: false, error: 'That evidence item no longer exists.' };
      case 'evidence:suggest':
        return { ok: true, suggestions: suggestEvidence(message.classification, message.category, await listEvidence(db), { limit: message.limit }) };
    }
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'QuotaExceededError') return { ok: false, error: 'Your disk is full, so nothing was imported or saved.' };
    return { ok: false, error: `The packs database could not do that (${name || 'unknown error'}). Nothing was changed.` };
  }
}

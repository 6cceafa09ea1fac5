import { z } from 'zod';
import { CATEGORY_IDS, THEME_IDS } from '../knowledge/ids';
import type { EvidenceItem } from '../library/schema';
import { searchEvidence } from '../library/search';
import { isStale } from '../library/stale';
import { deleteEvidence, listEvidence, saveEvidence } from '../library/store';
import { suggestEvidence, type Suggestion } from '../library/suggest';
import { applyImport, type ImportResult } from '../packs/apply';
import { base64ToBytes } from '../packs/base64';
import { buildPack } from '../packs/export';
import type { Pack } from '../packs/format';
import { planImport, type ImportPlan } from '../packs/plan';
import { READ_LIMITS, readPackFile } from '../packs/read';
import { answers, block } from './define';
import { packErrorMessage } from './errors';
import type { PackTenderSummary } from './views';

/**
 * Packs (`pack:`) and the evidence library (`evidence:`). Exports, imports and library writes need the packs page;
 * a content script may only look the library up. A pack file travels as base64 (extension messages are JSON), and
 * a failed import leaves the database exactly as it was.
 */
const base64File = z
  .string()
  .max(Math.ceil((READ_LIMITS.maxFileBytes + 1) / 3) * 4 + 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);
const choice = z.enum(['mine', 'theirs']);
const choices = z
  .strictObject({
    drafts: z.record(z.string().max(2_000), choice).optional(),
    evidence: z.record(z.string().max(200), choice).optional(),
  })
  .default({});

const scope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('tenders'), tenderIds: z.array(z.string().min(1).max(2_000)).max(100_000) }),
  z.strictObject({ kind: z.literal('drafts'), draftKeys: z.array(z.string().min(1).max(2_000)).max(100_000) }),
]);
const revisions = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('latest'), count: z.number().int().min(1).max(1_000) }),
  z.strictObject({ kind: z.literal('chosen'), ids: z.array(z.number().int()).max(100_000) }),
]);
const evidence = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('none') }),
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('chosen'), ids: z.array(z.string().min(1).max(200)).max(100_000) }),
]);

type EvidenceRow = { item: EvidenceItem; stale: boolean };

async function readBase64(file: string) {
  const bytes = base64ToBytes(file);
  if (!bytes) return { ok: false as const, error: 'The file could not be passed to the extension (not base64).' };
  return readPackFile(bytes);
}

const PACKS_PAGE = { from: 'page' } as const;

export const PACK_MESSAGES = block(
  { refusal: 'Refused: only the packs page may do that.', describeError: packErrorMessage },
  {
    /** Tenders with their draft counts, for choosing what to export. */
    'pack:tenders': answers<{ tenders: PackTenderSummary[] }>()({
      ...PACKS_PAGE,
      schema: z.strictObject({}),
      async handle(_m, { db }) {
        const [tenders, drafts] = await Promise.all([db.tenders.toArray(), db.drafts.toArray()]);
        const counts = new Map<string, number>();
        for (const d of drafts) counts.set(d.tenderId, (counts.get(d.tenderId) ?? 0) + 1);
        const known = new Set(tenders.map((t) => t.id));
        const rows: PackTenderSummary[] = tenders.map((t) => ({
          id: t.id,
          portalId: t.portalId,
          title: t.title,
          reference: t.reference,
          drafts: counts.get(t.id) ?? 0,
        }));
        for (const [id, n] of counts) {
          if (!known.has(id))
            rows.push({ id, portalId: id.split('|')[0] ?? '', title: null, reference: null, drafts: n });
        }
        return { ok: true, tenders: rows.filter((t) => t.drafts > 0) };
      },
    }),
    /** Build a pack (the page turns it into a .svlpack file with readable documents). */
    'pack:export': answers<{ pack: Pack }>()({
      ...PACKS_PAGE,
      schema: z.strictObject({
        scope,
        revisions: revisions.default({ kind: 'latest', count: 5 }),
        evidence: evidence.default({ kind: 'all' }),
        authorName: z.string().max(200).default(''),
        note: z.string().max(10_000).default(''),
      }),
      handle: async (m, { db }) => ({ ok: true, pack: await buildPack(db, m) }),
    }),
    /** Check a file and say what importing it would do. Writes nothing. */
    'pack:preview': answers<{ fromVersion: number; plan: ImportPlan }>()({
      ...PACKS_PAGE,
      schema: z.strictObject({ file: base64File }),
      async handle(m, { db }) {
        const read = await readBase64(m.file);
        if (!read.ok) return { ok: false, error: read.error };
        return { ok: true, fromVersion: read.fromVersion, plan: await planImport(db, read.pack) };
      },
    }),
    /** Import a file after the user confirmed the preview, with their choice per conflict. One transaction. */
    'pack:import': answers<{ result: ImportResult }>()({
      ...PACKS_PAGE,
      schema: z.strictObject({ file: base64File, digest: z.string().max(64), choices }),
      async handle(m, { db }) {
        const read = await readBase64(m.file);
        if (!read.ok) return { ok: false, error: read.error };
        if (read.pack.digest !== m.digest) {
          return { ok: false, error: 'This is not the pack you previewed. Preview it again before importing.' };
        }
        return { ok: true, result: await applyImport(db, read.pack, m.choices) };
      },
    }),
    'evidence:list': answers<{ items: EvidenceRow[] }>()({
      from: 'either',
      schema: z.strictObject({}),
      async handle(_m, { db }) {
        const items = await listEvidence(db);
        return {
          ok: true,
          items: items.sort((a, b) => b.updatedAt - a.updatedAt).map((item) => ({ item, stale: isStale(item) })),
        };
      },
    }),
    'evidence:search': answers<{ items: EvidenceRow[] }>()({
      from: 'either',
      schema: z.strictObject({ query: z.string().max(1_000) }),
      handle: async (m, { db }) => ({
        ok: true,
        items: searchEvidence(await listEvidence(db), m.query).map((h) => ({ item: h.item, stale: isStale(h.item) })),
      }),
    }),
    /** The item is validated by saveEvidence, so a bad field gets a specific message. */
    'evidence:save': answers<{ item: EvidenceItem }>()({
      ...PACKS_PAGE,
      schema: z.strictObject({ item: z.unknown() }),
      handle: (m, { db }) => saveEvidence(db, m.item),
    }),
    'evidence:delete': answers()({
      ...PACKS_PAGE,
      schema: z.strictObject({ id: z.string().min(1).max(200) }),
      handle: async (m, { db }) =>
        (await deleteEvidence(db, m.id)) ? { ok: true } : { ok: false, error: 'That evidence item no longer exists.' },
    }),
    /** Items that fit a classified question. Library text is internal: extension pages only (the side panel). */
    'evidence:suggest': answers<{ suggestions: Suggestion[] }>()({
      from: 'page',
      refusal: 'Refused: extension pages only.',
      schema: z.strictObject({
        classification: z.object({
          socialValue: z.boolean(),
          criterionIds: z.array(z.string().max(100)).max(60),
          themeIds: z.array(z.enum(THEME_IDS)).max(THEME_IDS.length),
        }),
        category: z.enum(CATEGORY_IDS).nullable(),
        limit: z.number().int().min(1).max(50).default(5),
      }),
      handle: async (m, { db }) => ({
        ok: true,
        suggestions: suggestEvidence(m.classification, m.category, await listEvidence(db), { limit: m.limit }),
      }),
    }),
  },
);

import type { Transaction } from 'dexie';
import type { Migration } from './types';
import { LEGACY_ORIGIN, originOf } from '../../drafts/key';

/**
 * Version 4: draft identity includes the page's origin (scheme + host). Keys go from `portal|tender|fingerprint`
 * to `portal|origin|tender|fingerprint`, tender ids from `portal|tender` to `portal|origin|tender`.
 *
 * The origin comes from each draft's stored page address. A draft whose address is not an http(s) URL, and a
 * tender or question with no draft to tell its origin, goes under the `legacy:` origin: it is kept (the drafts
 * manager lists it, packs export it) but no page matches it again. Nothing is dropped: every row of every table
 * is rewritten under its new key, revisions follow their draft.
 */

interface Row {
  [field: string]: unknown;
}

/** `portal|tender…|fingerprint` split into its portal, tender (which may itself contain `|`) and fingerprint. */
function splitOldKey(key: string): { portal: string; tender: string; fingerprint: string } {
  const parts = key.split('|');
  if (parts.length < 3) return { portal: parts[0] ?? '', tender: parts.slice(1).join('|'), fingerprint: '' };
  return { portal: parts[0]!, tender: parts.slice(1, -1).join('|'), fingerprint: parts[parts.length - 1]! };
}

/** Already a v4 key or tender id (a migration interrupted and re-run, a pack imported in between): leave it. */
function hasOrigin(id: string): boolean {
  const second = id.split('|')[1] ?? '';
  return second === LEGACY_ORIGIN || (second !== '' && originOf(second) === second);
}

export function newDraftKey(oldKey: string, origin: string): string {
  if (hasOrigin(oldKey)) return oldKey;
  const { portal, tender, fingerprint } = splitOldKey(oldKey);
  return fingerprint ? `${portal}|${origin}|${tender}|${fingerprint}` : `${portal}|${origin}|${tender}`;
}

export function newTenderId(oldId: string, origin: string): string {
  if (hasOrigin(oldId)) return oldId;
  const [portal = '', ...rest] = oldId.split('|');
  return `${portal}|${origin}|${rest.join('|')}`;
}

export interface KeyMove {
  keys: Map<string, string>;
  tenders: Map<string, Set<string>>;
}

/** Where each old draft key and tender id goes, from the drafts' stored addresses. Pure, for the unit test. */
export function planMoves(drafts: Array<{ key: string; tenderId: string; url?: unknown }>): KeyMove {
  const keys = new Map<string, string>();
  const tenders = new Map<string, Set<string>>();
  for (const draft of drafts) {
    const origin = (typeof draft.url === 'string' ? originOf(draft.url) : null) ?? LEGACY_ORIGIN;
    keys.set(draft.key, newDraftKey(draft.key, origin));
    const tenderId = newTenderId(draft.tenderId, origin);
    tenders.set(draft.tenderId, (tenders.get(draft.tenderId) ?? new Set()).add(tenderId));
  }
  return { keys, tenders };
}

export async function upgradeToOriginKeys(tx: Transaction): Promise<void> {
  const draftsTable = tx.table<Row, string>('drafts');
  const drafts = await draftsTable.toArray();
  const plan = planMoves(drafts as Array<{ key: string; tenderId: string; url?: unknown }>);
  const keyOf = (oldKey: string) => plan.keys.get(oldKey) ?? newDraftKey(oldKey, LEGACY_ORIGIN);

  await draftsTable.clear();
  await draftsTable.bulkAdd(
    drafts.map((d) => {
      const key = keyOf(d.key as string);
      return { ...d, key, tenderId: key.split('|').slice(0, -1).join('|') };
    }),
  );

  // A tender with drafts on several origins (the same reference on two hosts) becomes one tender row per origin.
  const tendersTable = tx.table<Row, string>('tenders');
  const tenders = await tendersTable.toArray();
  await tendersTable.clear();
  await tendersTable.bulkAdd(
    tenders.flatMap((t) => {
      const targets = plan.tenders.get(t.id as string) ?? new Set([newTenderId(t.id as string, LEGACY_ORIGIN)]);
      return [...targets].map((id) => ({ ...t, id }));
    }),
  );

  const questionsTable = tx.table<Row, string>('questions');
  const questions = await questionsTable.toArray();
  await questionsTable.clear();
  await questionsTable.bulkAdd(
    questions.map((q) => {
      const fingerprint = keyOf(q.fingerprint as string);
      return { ...q, fingerprint, tenderId: fingerprint.split('|').slice(0, -1).join('|') };
    }),
  );

  await tx
    .table<Row, number>('revisions')
    .toCollection()
    .modify((r) => {
      r.draftKey = keyOf(r.draftKey as string);
    });
}

/** Version 4: no store changes; every key is rewritten with its origin. */
export const v004: Migration = { version: 4, stores: {}, upgrade: upgradeToOriginKeys };

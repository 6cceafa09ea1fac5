import type { Transaction } from 'dexie';

/**
 * One database version: the stores it changes (Dexie's per-version delta; `null` drops a store) and, where rows
 * must be rewritten, its upgrade. Shipped versions are never edited: a change is a new file `vNNN-what.ts`,
 * listed in `index.ts`, with a saved example database in test/fixtures/db/vN.json.
 */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

import type { Migration } from './types';
import { v001 } from './v001-initial';
import { v002 } from './v002-evidence';
import { v003 } from './v003-question-details';
import { v004 } from './v004-origin-keys';

export type { Migration } from './types';

/**
 * Every database version in order, one file each (`vNNN-what.ts`). The database declares them in this order; the
 * current version is the last one. test/unit/db-upgrade.test.ts checks this list against the folder's files.
 */
export const MIGRATIONS: readonly Migration[] = [v001, v002, v003, v004];

import { CURRENT_FORMAT_VERSION, PackV1Schema, type Pack, type PackContent } from '../format';
import { packDigest } from '../digest';
import { migrateV1ToV2 } from './v001-to-v002';

/**
 * Numbered migrations, one per step (read-frog style): MIGRATIONS[n] takes a validated pack of format n to
 * format n + 1. Each is tested against a saved example pack of its version in test/fixtures/packs/.
 */
export const MIGRATIONS: Record<number, (pack: unknown) => unknown> = {
  1: (pack) => migrateV1ToV2(PackV1Schema.parse(pack)),
};

/** Run every step from `fromVersion` to the current format and put a fresh digest on the result. */
export async function migrateToCurrent(pack: unknown, fromVersion: number): Promise<Pack> {
  let current = pack;
  for (let version = fromVersion; version < CURRENT_FORMAT_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from pack format ${version}.`);
    current = step(current);
  }
  const content = current as PackContent & { digest?: string };
  const { digest: _old, ...rest } = content;
  return { ...rest, digest: await packDigest(rest as Record<string, unknown>) };
}

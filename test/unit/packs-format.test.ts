import { describe, expect, it } from 'vitest';
import {
  CURRENT_FORMAT_VERSION,
  FORMAT_VERSIONS,
  PackSchema,
  PackV1Schema,
  PackV2Schema,
  SCHEMAS,
} from '@/lib/packs/format';
import { canonicalJson, packDigest } from '@/lib/packs/digest';
import { MIGRATIONS, migrateToCurrent } from '@/lib/packs/migrations';
import { migrateV1ToV2 } from '@/lib/packs/migrations/v001-to-v002';
import { readPackObject } from '@/lib/packs/read';
import { APP_VERSION } from '@/lib/packs/version';
import pkg from '../../package.json';
import { fixture } from './packs-helpers';

describe('pack format versions and migrations', () => {
  it('has a saved example pack for every format version, each valid for its own schema with a correct digest', async () => {
    for (const version of FORMAT_VERSIONS) {
      const pack = fixture(`v${version}`);
      expect(pack.formatVersion).toBe(version);
      expect(SCHEMAS[version].safeParse(pack).success).toBe(true);
      expect(await packDigest(pack)).toBe(pack.digest);
    }
  });

  it('has a numbered migration from every earlier version', () => {
    for (let v = 1; v < CURRENT_FORMAT_VERSION; v++) expect(typeof MIGRATIONS[v]).toBe('function');
  });

  it('migrates the v1 example: author renamed, limits and theme restructured, evidence added', () => {
    const v1 = PackV1Schema.parse(fixture('v1'));
    const v2 = migrateV1ToV2(v1);
    expect(v2.meta).toEqual({
      appVersion: '0.0.9',
      createdAt: '2026-10-02T09:15:00.000Z',
      authorName: 'Priya Shah',
      note: v1.note,
    });
    expect(v2.questions[0]!.limits).toEqual({ words: 500, chars: null, pages: null });
    expect(v2.questions[1]!.limits).toEqual({ words: null, chars: 2000, pages: null });
    expect(v2.questions[1]!.classification).toEqual({
      socialValue: true,
      model: null,
      themeIds: ['climate'],
      criterionIds: [],
    });
    expect(v2.drafts[0]).toMatchObject({ createdAt: 1759396500000, updatedAt: 1759396500000, submittedAt: 0 });
    expect(v2.drafts[0]!.revisions[0]!.author).toBeNull();
    expect(v2.drafts[1]!.revisions[0]!.author).toBe('Tom Reid');
    expect(v2.evidence).toEqual([]);
    expect(v2.drafts.map((d) => d.text)).toEqual(v1.drafts.map((d) => d.text));
  });

  it('every version, run through all migrations, is a valid current pack with a fresh digest', async () => {
    for (const version of FORMAT_VERSIONS) {
      const migrated = await migrateToCurrent(fixture(`v${version}`), version);
      expect(PackSchema.safeParse(migrated).success).toBe(true);
      expect(migrated.formatVersion).toBe(CURRENT_FORMAT_VERSION);
      expect(await packDigest(migrated as unknown as Record<string, unknown>)).toBe(migrated.digest);
    }
    // The current-version fixture passes through unchanged.
    expect(await migrateToCurrent(fixture('v2'), 2)).toEqual(PackV2Schema.parse(fixture('v2')));
  });

  it('reads the v1 example through the importer and reports where it came from', async () => {
    const read = await readPackObject(fixture('v1'));
    expect(read.ok && read.fromVersion).toBe(1);
  });

  it('canonical JSON ignores key order but not values', () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 'x' }] })).toBe('{"a":[1,{"c":"x","d":2}],"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('writes the app version from package.json', () => {
    expect(APP_VERSION).toBe(pkg.version);
  });
});

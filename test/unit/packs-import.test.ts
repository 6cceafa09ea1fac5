import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { unzipSync, strToU8, zipSync } from 'fflate';
import { SvlDatabase } from '@/lib/db';
import { applyImport } from '@/lib/packs/apply';
import { buildPack, type ExportRequest } from '@/lib/packs/export';
import { buildPackFile } from '@/lib/packs/file';
import type { Pack } from '@/lib/packs/format';
import { planImport } from '@/lib/packs/plan';
import { READ_LIMITS, readPackFile } from '@/lib/packs/read';
import { packDigest } from '@/lib/packs/digest';
import { dump, fixture, seedDrafts, zipOf } from './packs-helpers';

const everything: ExportRequest = {
  scope: { kind: 'all' },
  revisions: { kind: 'all' },
  evidence: { kind: 'all' },
  authorName: 'Priya Shah',
  note: '',
};

let db: SvlDatabase;
let other: SvlDatabase;
beforeEach(() => {
  db = new SvlDatabase(`pk-${Math.random()}`);
  other = new SvlDatabase(`pk-other-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
  await other.delete();
});

async function readOk(bytes: Uint8Array): Promise<Pack> {
  const read = await readPackFile(bytes);
  if (!read.ok) throw new Error(read.error);
  return read.pack;
}

describe('reading a pack file: every bad file gets a specific message', () => {
  it('refuses a file over the size cap before looking inside', async () => {
    const read = await readPackFile(new Uint8Array(READ_LIMITS.maxFileBytes + 1));
    expect(read).toMatchObject({ ok: false, kind: 'too-large' });
    expect(!read.ok && read.error).toMatch(/at most 20\.0 MB/);
  });

  it('says plainly when a file is not a pack', async () => {
    for (const bytes of [
      new Uint8Array(0),
      strToU8('%PDF-1.7 hello'),
      strToU8('{"hello": "world"}'),
      zipOf({ 'notes.txt': 'hi' }),
    ]) {
      const read = await readPackFile(bytes);
      expect(read).toMatchObject({ ok: false, kind: 'not-a-pack' });
      expect(!read.ok && read.error).toMatch(/not a Social Value Lens pack/);
    }
  });

  it('calls a truncated or garbled file damaged', async () => {
    const file = await buildPackFile(await (await import('@/lib/packs/migrations')).migrateToCurrent(fixture('v2'), 2));
    const cut = await readPackFile(file.subarray(0, Math.floor(file.length * 0.6)));
    expect(cut).toMatchObject({ ok: false, kind: 'corrupt' });
    const notJson = await readPackFile(zipOf({ 'pack.json': '{"format": "svl-pack", "formatVer' }));
    expect(notJson).toMatchObject({ ok: false, kind: 'corrupt' });
    expect(!notJson.ok && notJson.error).toMatch(/not valid JSON/);
    const wrongShape = await readPackFile(zipOf({ 'pack.json': JSON.stringify({ ...fixture('v2'), drafts: 'lots' }) }));
    expect(!wrongShape.ok && wrongShape.error).toMatch(/damaged.*drafts/);
  });

  it('tells an unknown format version from a newer app version', async () => {
    const wrong = await readPackFile(strToU8(JSON.stringify({ ...fixture('v2'), formatVersion: 0 })));
    expect(wrong).toMatchObject({ ok: false, kind: 'wrong-version' });
    expect(!wrong.ok && wrong.error).toMatch(/format version 0, which Social Value Lens does not know/);
    const newer = await readPackFile(
      strToU8(JSON.stringify({ ...fixture('v2'), formatVersion: 3, meta: { appVersion: '2.4.0' } })),
    );
    expect(newer).toMatchObject({ ok: false, kind: 'newer-version' });
    expect(!newer.ok && newer.error).toMatch(
      /newer version of Social Value Lens \(app 2\.4\.0, pack format 3\).*Update/,
    );
  });

  it('detects tampering: one changed character of an answer breaks the digest', async () => {
    const pack = fixture('v2');
    (pack.drafts as Array<{ text: string }>)[0]!.text += '!';
    const read = await readPackFile(zipOf({ 'pack.json': JSON.stringify(pack) }));
    expect(read).toMatchObject({ ok: false, kind: 'tampered' });
    expect(!read.ok && read.error).toMatch(/changed since it was exported/);
    // ...and so does dropping a draft (truncation that is still valid JSON).
    const fewer = fixture('v2');
    fewer.drafts = [];
    expect(await readPackFile(zipOf({ 'pack.json': JSON.stringify(fewer) }))).toMatchObject({
      ok: false,
      kind: 'tampered',
    });
  });

  it('refuses unsafe paths in the zip', async () => {
    const json = JSON.stringify(fixture('v2'));
    for (const name of ['../evil.txt', '/etc/passwd', 'tenders/../../x', 'C:/windows/x', 'a\\b.txt']) {
      const read = await readPackFile(zipOf({ 'pack.json': json, [name]: 'x' }));
      expect(read, name).toMatchObject({ ok: false, kind: 'unsafe' });
    }
  });

  it('refuses zip bombs by declared sizes, before inflating anything', async () => {
    const json = JSON.stringify(fixture('v2'));
    const bomb = zipSync(
      { 'pack.json': strToU8(json), 'tenders/zeros.md': new Uint8Array(30 * 1024 * 1024) },
      { level: 9 },
    );
    const read = await readPackFile(bomb);
    expect(read).toMatchObject({ ok: false, kind: 'unsafe' });
    expect(!read.ok && read.error).toMatch(/zip bomb|would expand/);
    // A lying header: pack.json declares 1 byte more than it holds.
    const honest = zipOf({ 'pack.json': json });
    const liar = honest.slice();
    const view = new DataView(liar.buffer);
    for (let i = liar.length - 22; i >= 0; i--) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, view.getUint32(i + 24, true) + 1, true);
        break;
      }
    }
    expect(await readPackFile(liar)).toMatchObject({
      ok: false,
      kind: 'corrupt',
      error: expect.stringMatching(/cut short/),
    });
    // Too many entries.
    const many: Record<string, string> = { 'pack.json': json };
    for (let i = 0; i <= READ_LIMITS.maxEntries; i++) many[`tenders/${i}.md`] = '';
    expect(await readPackFile(zipOf(many))).toMatchObject({ ok: false, kind: 'unsafe' });
  }, 60_000); // building the 30 MB test input at level 9 takes seconds on a loaded 2-core machine

  it('refuses a pack whose parts point at tenders it does not hold', async () => {
    const pack = fixture('v2');
    (pack.drafts as Array<{ tenderId: string }>)[0]!.tenderId = 'atamis|OTHER';
    pack.digest = await packDigest(pack);
    const read = await readPackFile(strToU8(JSON.stringify(pack)));
    expect(!read.ok && read.error).toMatch(/belongs to a tender that is not in the pack/);
  });
});

describe('export then import', () => {
  it('round-trips drafts, revisions and evidence into a fresh database', async () => {
    await seedDrafts(db, 3, 2);
    await db.evidence.add({
      id: 'ev-1',
      title: 'Apprentices',
      text: 'We hired 6 apprentices in 2025.',
      figures: ['6'],
      criterionIds: ['ppn0620-2.2'],
      categoryIds: ['software'],
      owner: 'HR',
      reviewBy: null,
      createdAt: 1,
      updatedAt: 1,
    });
    const file = await buildPackFile(await buildPack(db, everything));
    const names = Object.keys(unzipSync(file));
    expect(names).toContain('pack.json');
    expect(names.filter((n) => n.endsWith('.docx'))).toHaveLength(3);
    expect(names.filter((n) => n.endsWith('.md'))).toHaveLength(3);

    const pack = await readOk(file);
    const plan = await planImport(other, pack);
    expect(plan.drafts.add).toHaveLength(6);
    expect(plan.tenders.add).toHaveLength(3);
    expect(plan.evidence.add).toHaveLength(1);
    expect(plan.drafts.conflicts).toHaveLength(0);
    expect(await other.drafts.count()).toBe(0); // previewing writes nothing

    const result = await applyImport(other, pack);
    expect(result).toMatchObject({ draftsAdded: 6, tendersAdded: 3, questionsAdded: 6, evidenceAdded: 1 });
    const mine = (await db.drafts.toArray()).map((d) => [d.key, d.text]).sort();
    expect((await other.drafts.toArray()).map((d) => [d.key, d.text]).sort()).toEqual(mine);
    expect(await other.evidence.get('ev-1')).toMatchObject({ title: 'Apprentices' });
  });

  it('exports one tender, or chosen drafts', async () => {
    await seedDrafts(db, 3, 2);
    const one = await buildPack(db, { ...everything, scope: { kind: 'tenders', tenderIds: ['find-tender|ref-1'] } });
    expect(one.tenders.map((t) => t.id)).toEqual(['find-tender|ref-1']);
    expect(one.drafts).toHaveLength(2);
    const key = (await db.drafts.toArray())[0]!.key;
    const chosen = await buildPack(db, { ...everything, scope: { kind: 'drafts', draftKeys: [key] } });
    expect(chosen.drafts.map((d) => d.key)).toEqual([key]);
  });

  it('re-importing the same pack changes nothing', async () => {
    await seedDrafts(db, 2, 2);
    const pack = await readOk(await buildPackFile(await buildPack(db, everything), { documents: false }));
    await applyImport(other, pack);
    const before = await dump(other);
    const plan = await planImport(other, pack);
    expect(plan.nothingNew).toBe(true);
    expect(plan.drafts.unchanged).toBe(4);
    await applyImport(other, pack);
    expect(await dump(other)).toEqual(before);
    // Importing your own export into your own database changes nothing either.
    const own = await dump(db);
    await applyImport(db, pack);
    expect(await dump(db)).toEqual(own);
  });

  it('a conflict never overwrites: the incoming text becomes a revision with its author, and you choose', async () => {
    await seedDrafts(db, 1, 2, () => 'My version.');
    await seedDrafts(other, 1, 2, () => 'Their version.');
    const theirs = await readOk(
      await buildPackFile(await buildPack(other, { ...everything, authorName: 'Tom Reid' }), { documents: false }),
    );
    const plan = await planImport(db, theirs);
    expect(plan.drafts.conflicts).toHaveLength(2);
    expect(plan.drafts.conflicts[0]).toMatchObject({
      mine: 'My version.',
      theirs: 'Their version.',
      author: 'Tom Reid',
      alreadyKept: false,
    });

    const [first, second] = plan.drafts.conflicts;
    await applyImport(db, theirs, { drafts: { [second!.key]: 'theirs' } });
    expect((await db.drafts.get(first!.key))!.text).toBe('My version.');
    expect((await db.drafts.get(second!.key))!.text).toBe('Their version.');
    const kept = await db.revisions.where('draftKey').equals(first!.key).toArray();
    expect(kept).toContainEqual(
      expect.objectContaining({ text: 'Their version.', reason: 'import', author: 'Tom Reid' }),
    );
    const replaced = await db.revisions.where('draftKey').equals(second!.key).toArray();
    expect(replaced.map((r) => [r.text, r.reason])).toEqual(
      expect.arrayContaining([
        ['Their version.', 'import'],
        ['My version.', 'before-import'],
      ]),
    );

    // The same pack again: the incoming text is already kept; nothing changes.
    const before = await dump(db);
    const again = await planImport(db, theirs);
    expect(again.nothingNew).toBe(true);
    expect(again.drafts.conflicts.map((c) => c.alreadyKept)).toEqual([true]);
    await applyImport(db, theirs);
    expect(await dump(db)).toEqual(before);
  });

  it('evidence conflicts keep yours unless you choose theirs', async () => {
    const base = {
      title: 'Apprentices',
      figures: [],
      criterionIds: ['ppn0620-2.2'],
      categoryIds: [],
      owner: 'HR',
      reviewBy: null,
      createdAt: 1,
      updatedAt: 1,
    };
    await db.evidence.add({ ...base, id: 'ev-1', text: 'Mine: 6 apprentices.' });
    await other.evidence.add({ ...base, id: 'ev-1', text: 'Theirs: 7 apprentices.' });
    const pack = await buildPack(other, everything);
    expect((await planImport(db, pack)).evidence.conflicts).toHaveLength(1);
    await applyImport(db, pack);
    expect((await db.evidence.get('ev-1'))!.text).toBe('Mine: 6 apprentices.');
    await applyImport(db, pack, { evidence: { 'ev-1': 'theirs' } });
    expect((await db.evidence.get('ev-1'))!.text).toBe('Theirs: 7 apprentices.');
  });

  it('is all or nothing: a failure half-way leaves the database exactly as it was', async () => {
    await seedDrafts(other, 3, 3);
    const pack = await buildPack(other, everything);
    await seedDrafts(db, 1, 1, () => 'Something of mine.');
    const before = await dump(db);
    let calls = 0;
    const real = db.drafts.add.bind(db.drafts);
    const spy = vi.spyOn(db.drafts, 'add').mockImplementation((...args: Parameters<typeof real>) => {
      if (++calls === 5) throw new Error('disk went away');
      return real(...args);
    });
    await expect(applyImport(db, pack)).rejects.toThrow('disk went away');
    spy.mockRestore();
    expect(calls).toBe(5);
    expect(await dump(db)).toEqual(before);
  });

  it('imports the saved v1 example pack, migrated, with revision authors kept', async () => {
    const pack = await readOk(strToU8(JSON.stringify(fixture('v1'))));
    const result = await applyImport(db, pack);
    expect(result).toMatchObject({ draftsAdded: 2, tendersAdded: 2, revisionsAdded: 2 });
    const revs = await db.revisions.where('draftKey').equals('jaggaer|itt_5521|q-9fz0aa').toArray();
    expect(revs[0]).toMatchObject({ author: 'Tom Reid', text: 'Renewable hosting.' });
  });
});

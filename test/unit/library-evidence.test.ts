import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SvlDatabase } from '@/lib/db';
import { classifyQuestion } from '@/lib/classifier';
import { EvidenceItemSchema, type EvidenceItem } from '@/lib/library/schema';
import { searchEvidence } from '@/lib/library/search';
import { isStale } from '@/lib/library/stale';
import { suggestEvidence } from '@/lib/library/suggest';
import { handleMessage } from '@/lib/messages/router';

const item = (over: Partial<EvidenceItem> & { id: string }): EvidenceItem => ({
  title: 'Untitled',
  text: 'Text.',
  figures: [],
  criterionIds: [],
  categoryIds: [],
  owner: 'Bid team',
  reviewBy: null,
  createdAt: 1,
  updatedAt: 1,
  ...over,
});

const apprentices = item({
  id: 'a',
  title: 'Apprenticeships 2025',
  text: 'We hired 6 apprentices, 4 from the local area.',
  figures: ['6 apprentices'],
  criterionIds: ['ppn0620-2.2', 'ppn002-1b'],
  categoryIds: ['cloud'],
  updatedAt: 5,
});
const carbon = item({
  id: 'c',
  title: 'Carbon reduction plan',
  text: 'Net zero by 2040; scope 1 and 2 emissions down 38% since 2019.',
  figures: ['38%'],
  criterionIds: ['ppn0620-4.1'],
  categoryIds: [],
  updatedAt: 4,
});
const volunteering = item({
  id: 'v',
  title: 'Staff volunteering',
  text: 'Each employee has two paid volunteering days a year; 420 hours given in 2025.',
  criterionIds: ['ppn0620-8.1'],
  updatedAt: 3,
});
const oldApprentices = item({
  id: 'o',
  title: 'Apprenticeships 2021',
  text: 'We hired 2 apprentices in 2021.',
  criterionIds: ['ppn0620-2.2'],
  reviewBy: '2022-01-01',
  updatedAt: 2,
});
const items = [apprentices, carbon, volunteering, oldApprentices];

describe('evidence library', () => {
  it('validates items: criteria and categories must be known ids', () => {
    expect(EvidenceItemSchema.safeParse(apprentices).success).toBe(true);
    expect(EvidenceItemSchema.safeParse({ ...apprentices, criterionIds: ['made-up'] }).success).toBe(false);
    expect(EvidenceItemSchema.safeParse({ ...apprentices, categoryIds: ['food'] }).success).toBe(false);
    expect(EvidenceItemSchema.safeParse({ ...apprentices, reviewBy: '31/12/2026' }).success).toBe(false);
  });

  it('flags items past their review-by date as stale', () => {
    expect(isStale(oldApprentices, '2026-11-25')).toBe(true);
    expect(isStale(apprentices, '2026-11-25')).toBe(false);
    expect(isStale({ reviewBy: '2026-11-25' }, '2026-11-25')).toBe(false);
  });

  it('searches full text by word prefixes, ignoring case and accents, titles first', () => {
    expect(searchEvidence(items, 'apprentice').map((h) => h.item.id)).toEqual(['a', 'o']);
    expect(searchEvidence(items, 'SCOPE emissions').map((h) => h.item.id)).toEqual(['c']);
    expect(searchEvidence(items, '38%').map((h) => h.item.id)).toEqual(['c']);
    expect(searchEvidence(items, 'volunteering 2025').map((h) => h.item.id)).toEqual(['v']);
    expect(searchEvidence(items, 'apprentice carbon')).toEqual([]);
    expect(
      searchEvidence(
        [item({ id: 'w', title: 'Cyflogaeth leol', text: 'Gwaith i bobl ifanc; dŵr glân i bawb.' })],
        'DWR glan',
      ).map((h) => h.item.id),
    ).toEqual(['w']);
    expect(searchEvidence(items, '').map((h) => h.item.id)).toEqual(['a', 'c', 'v', 'o']);
  });

  it('suggests evidence that fits a classified question, freshest and closest first', () => {
    const question = classifyQuestion(
      'Describe how you will create apprenticeships and training for local people. (max 500 words)',
    );
    expect(question.socialValue).toBe(true);
    const suggestions = suggestEvidence(question, 'cloud', items, { today: '2026-11-25' });
    expect(suggestions[0]!.item.id).toBe('a');
    expect(suggestions.map((s) => s.item.id)).not.toContain('c');
    const stale = suggestions.find((s) => s.item.id === 'o');
    if (stale) expect(stale.stale).toBe(true);
    expect(suggestions[0]!.reasons.join(' ')).toMatch(/supports ppn0620-2\.2|supports ppn002-1b/);
  });

  it('suggests by criterion ranking and category, and nothing for a question that is not social value', () => {
    const c = { socialValue: true, criterionIds: ['ppn0620-4.1', 'ppn0620-2.2'], themeIds: ['climate' as const] };
    expect(suggestEvidence(c, null, items, { today: '2026-11-25' }).map((s) => s.item.id)).toEqual(['c', 'a', 'o']);
    expect(suggestEvidence({ ...c, socialValue: false }, null, items)).toEqual([]);
    const onlyTheme = { socialValue: true, criterionIds: [], themeIds: ['climate' as const] };
    expect(suggestEvidence(onlyTheme, null, items, { today: '2026-11-25' }).map((s) => s.item.id)).toEqual(['c']);
  });
});

describe('evidence messages', () => {
  let db: SvlDatabase;
  const page = { extensionPage: true };
  beforeEach(() => {
    db = new SvlDatabase(`ev-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('saves, lists, searches, suggests and deletes items', async () => {
    const saved = await handleMessage(
      db,
      {
        type: 'evidence:save',
        item: {
          title: 'Apprentices',
          text: 'We hired 6 apprentices.',
          figures: ['6'],
          criterionIds: ['ppn0620-2.2'],
          categoryIds: ['software'],
          owner: 'HR',
          reviewBy: '2020-01-01',
        },
      },
      page,
    );
    expect(saved.ok).toBe(true);
    const id = (saved as unknown as { item: EvidenceItem }).item.id;
    const list = await handleMessage(db, { type: 'evidence:list' });
    expect(list).toMatchObject({ ok: true, items: [{ item: { id, title: 'Apprentices' }, stale: true }] });
    expect(await handleMessage(db, { type: 'evidence:search', query: 'apprent' })).toMatchObject({
      items: [{ item: { id } }],
    });
    const suggest = await handleMessage(
      db,
      {
        type: 'evidence:suggest',
        classification: { socialValue: true, criterionIds: ['ppn0620-2.2'], themeIds: [] },
        category: 'software',
      },
      page,
    );
    expect(suggest).toMatchObject({ ok: true, suggestions: [{ item: { id }, stale: true }] });
    // Editing keeps createdAt.
    const { createdAt, updatedAt: _u, ...editable } = (saved as unknown as { item: EvidenceItem }).item;
    const edited = await handleMessage(
      db,
      { type: 'evidence:save', item: { ...editable, title: 'Apprentices 2025' } },
      page,
    );
    expect(edited.ok).toBe(true);
    expect(await db.evidence.get(id)).toMatchObject({ title: 'Apprentices 2025', createdAt });
    expect(await handleMessage(db, { type: 'evidence:delete', id }, page)).toEqual({ ok: true });
    expect(await db.evidence.count()).toBe(0);
  });

  it('refuses a bad item with a specific message and writes nothing', async () => {
    const bad = await handleMessage(
      db,
      {
        type: 'evidence:save',
        item: { title: '', text: 'x', figures: [], criterionIds: [], categoryIds: [], owner: '', reviewBy: null },
      },
      page,
    );
    expect(bad).toEqual({ ok: false, error: expect.stringMatching(/^The evidence item was not saved \(title: /) });
    const badDate = await handleMessage(
      db,
      {
        type: 'evidence:save',
        item: { title: 'T', text: 'x', figures: [], criterionIds: [], categoryIds: [], owner: '', reviewBy: 'soon' },
      },
      page,
    );
    expect(badDate).toEqual({ ok: false, error: expect.stringMatching(/reviewBy: a date as YYYY-MM-DD/) });
    expect(await db.evidence.count()).toBe(0);
  });

  it('only the packs page may write, export or import; content scripts may only look things up', async () => {
    for (const message of [
      { type: 'evidence:save', item: {} },
      { type: 'evidence:delete', id: 'x' },
      { type: 'pack:export', scope: { kind: 'all' } },
      { type: 'pack:preview', file: '' },
      { type: 'pack:tenders' },
    ]) {
      expect(await handleMessage(db, message)).toEqual({
        ok: false,
        error: 'Refused: only the packs page may do that.',
      });
    }
    expect((await handleMessage(db, { type: 'evidence:list' })).ok).toBe(true);
    expect(await handleMessage(db, { type: 'pack:drop' }, page)).toEqual({ ok: false, error: 'Unrecognised message.' });
  });
});

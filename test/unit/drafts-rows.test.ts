import { describe, expect, it } from 'vitest';
import { groupRows, tenderLabel, visibleRange } from '@/lib/drafts/rows';
import type { DraftSummary, TenderView } from '@/lib/messages';

const draft = (key: string, tenderId: string, updatedAt: number): DraftSummary => ({
  key,
  tenderId,
  portalId: 'p',
  question: key,
  preview: '',
  words: 0,
  updatedAt,
  submittedAt: 0,
  questionLastSeen: null,
  questionMissing: false,
});
const tenders: TenderView[] = [
  { id: 'p|A', portalId: 'p', reference: 'A-1', title: 'Alpha', buyer: null, deadline: null },
];

describe('manager rows', () => {
  it('groups by tender, most recent tender first, drafts newest first', () => {
    const rows = groupRows(tenders, [draft('a1', 'p|A', 1), draft('b1', 'p|B', 5), draft('a2', 'p|A', 3)], null);
    expect(rows.map((r) => r.id)).toEqual(['tender:p|B', 'b1', 'tender:p|A', 'a2', 'a1']);
    expect(rows[2]).toMatchObject({ kind: 'tender', count: 2, tender: { title: 'Alpha' } });
  });

  it('keeps only search hits and says where each was found', () => {
    const rows = groupRows(tenders, [draft('a1', 'p|A', 1), draft('b1', 'p|B', 5)], new Map([['a1', 'revision']]));
    expect(rows.map((r) => r.id)).toEqual(['tender:p|A', 'a1']);
    expect(rows[1]).toMatchObject({ foundIn: 'revision' });
  });

  it('renders only the rows in view plus overscan', () => {
    expect(visibleRange(0, 500, 50, 10_000, 5)).toEqual({ start: 0, end: 15 });
    expect(visibleRange(50_000, 500, 50, 10_000, 5)).toEqual({ start: 995, end: 1015 });
    expect(visibleRange(499_900, 500, 50, 10_000, 5)).toEqual({ start: 9993, end: 10_000 });
  });

  it('names tenders by title, reference or page', () => {
    expect(tenderLabel({ id: 'tender:p|A', tender: tenders[0]! })).toBe('Alpha (A-1)');
    expect(tenderLabel({ id: 'tender:jaggaer|path:/esop/itt', tender: null })).toBe('Page /esop/itt');
  });
});

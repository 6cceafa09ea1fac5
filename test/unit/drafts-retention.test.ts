import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  deadlineTime,
  draftsToPurge,
  isTenderOpen,
  thinRevisions,
  UNDO_WINDOW_MS,
} from '@/lib/drafts/retention';

const now = Date.parse('2027-03-10T12:00:00Z');

describe('revision thinning', () => {
  const revisions = [
    { id: 1, savedAt: now - 3 * DAY_MS, reason: 'periodic' },
    { id: 2, savedAt: now - 3 * DAY_MS + 60_000, reason: 'periodic' },
    { id: 3, savedAt: now - 3 * DAY_MS + 120_000, reason: 'before-restore' },
    { id: 4, savedAt: now - 3 * DAY_MS + 180_000, reason: 'large-change' },
    { id: 5, savedAt: now - 2 * DAY_MS, reason: 'periodic' },
    { id: 6, savedAt: now - DAY_MS, reason: 'periodic' },
    { id: 7, savedAt: now - DAY_MS + 1000, reason: 'conflict' },
    { id: 8, savedAt: now - DAY_MS + 2000, reason: 'periodic' },
  ];

  it('keeps every revision while the tender is open', () => {
    expect(thinRevisions(revisions, true)).toEqual([]);
  });

  it('after closing keeps the newest, the last of each day and every non-routine one', () => {
    // Day -3: 1,2 routine (dropped), 3 before-restore (kept), 4 last of day (kept). Day -2: 5 (last). Day -1: 6 dropped, 7 conflict, 8 newest.
    expect(thinRevisions(revisions, false).sort()).toEqual([1, 2, 6]);
  });

  it('never removes a lone revision', () => {
    expect(thinRevisions([{ id: 9, savedAt: 0, reason: 'periodic' }], false)).toEqual([]);
  });
});

describe('tender state and draft retention', () => {
  it('reads date-only deadlines as the end of that day', () => {
    expect(deadlineTime('2027-03-10')).toBe(Date.parse('2027-03-10T23:59:59Z'));
    expect(deadlineTime('2027-03-10T12:00:00Z')).toBe(now);
    expect(deadlineTime('soon')).toBeNull();
    expect(deadlineTime(null)).toBeNull();
  });

  it('a tender is open until its deadline, or while it was seen lately when there is none', () => {
    expect(isTenderOpen({ deadline: '2027-03-10', lastSeen: 0 }, now)).toBe(true);
    expect(isTenderOpen({ deadline: '2027-03-09', lastSeen: now }, now)).toBe(false);
    expect(isTenderOpen({ deadline: null, lastSeen: now - 5 * DAY_MS }, now)).toBe(true);
    expect(isTenderOpen({ deadline: null, lastSeen: now - 60 * DAY_MS }, now)).toBe(false);
    expect(isTenderOpen(undefined, now)).toBe(false);
  });

  it('purges drafts N days after the deadline, never without a deadline, and deleted ones after the undo window', () => {
    const tenders = new Map([
      ['p|old', { deadline: '2026-11-01', lastSeen: 0 }],
      ['p|recent', { deadline: '2027-03-01', lastSeen: 0 }],
      ['p|none', { deadline: null, lastSeen: 0 }],
    ]);
    const drafts = [
      { key: 'old', tenderId: 'p|old' },
      { key: 'recent', tenderId: 'p|recent' },
      { key: 'none', tenderId: 'p|none' },
      { key: 'unknown-tender', tenderId: 'p|gone' },
      { key: 'deleted-long-ago', tenderId: 'p|none', deletedAt: now - UNDO_WINDOW_MS - 1 },
      { key: 'deleted-just-now', tenderId: 'p|none', deletedAt: now - 1000 },
    ];
    expect(draftsToPurge(drafts, tenders, 90, now)).toEqual(['old', 'deleted-long-ago']);
    expect(draftsToPurge(drafts, tenders, 5, now)).toEqual(['old', 'recent', 'deleted-long-ago']);
    expect(draftsToPurge(drafts, tenders, null, now)).toEqual(['deleted-long-ago']);
  });
});

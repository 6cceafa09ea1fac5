import { describe, expect, it } from 'vitest';
import { sessionRiskMinutes } from '@/lib/session-risk';

describe('session-risk nudge', () => {
  const pageLoadedAt = Date.UTC(2026, 10, 27, 9, 0);
  const at = (minutes: number) => pageLoadedAt + minutes * 60_000;

  it('stays quiet before the threshold and speaks from it on, in whole minutes', () => {
    expect(sessionRiskMinutes({ pageLoadedAt, now: at(19.9), typed: true, thresholdMinutes: 20 })).toBeNull();
    expect(sessionRiskMinutes({ pageLoadedAt, now: at(20), typed: true, thresholdMinutes: 20 })).toBe(20);
    expect(sessionRiskMinutes({ pageLoadedAt, now: at(47.5), typed: true, thresholdMinutes: 20 })).toBe(47);
  });

  it('never nags someone who has only been reading', () => {
    expect(sessionRiskMinutes({ pageLoadedAt, now: at(90), typed: false, thresholdMinutes: 20 })).toBeNull();
  });
});

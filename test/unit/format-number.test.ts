import { describe, expect, it } from 'vitest';
import { formatCount } from '@/lib/format-number';

describe('formatCount', () => {
  it('matches en-GB toLocaleString for whole numbers of every length and sign', () => {
    const values = [
      0,
      1,
      7,
      12,
      999,
      1000,
      1001,
      12_345,
      100_000,
      999_999,
      1_000_000,
      1_234_567_890,
      -1,
      -999,
      -1000,
      -65_432,
      Number.MAX_SAFE_INTEGER,
    ];
    for (const n of values) expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
  });

  it('falls back to the shared formatter for fractions and non-finite values', () => {
    for (const n of [1.5, -2500.25, Number.NaN, Number.POSITIVE_INFINITY, 1e21])
      expect(formatCount(n)).toBe(n.toLocaleString('en-GB'));
  });
});

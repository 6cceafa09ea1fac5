import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { limitStatus, NEAR_THRESHOLD, NEAR_THRESHOLD_SOURCE, thresholdFromAttribute } from '../../lib/counting';

describe('near-limit threshold (audit L4)', () => {
  it('cites the Central Digital Platform, not a "usual GOV.UK threshold"', () => {
    expect(NEAR_THRESHOLD).toBe(0.9);
    expect(NEAR_THRESHOLD_SOURCE).toMatch(/Central Digital Platform/);
    expect(NEAR_THRESHOLD_SOURCE).toMatch(/GOV\.UK Frontend shows the count always/);
    const src = readFileSync(new URL('../../lib/counting.ts', import.meta.url), 'utf8');
    expect(src).not.toMatch(/GOV\.UK's usual threshold/);
  });

  it('reads a page data-threshold attribute as a share, rejecting junk', () => {
    expect(thresholdFromAttribute('90')).toBe(0.9);
    expect(thresholdFromAttribute(' 75 ')).toBe(0.75);
    expect(thresholdFromAttribute('0')).toBe(0);
    expect(thresholdFromAttribute('100')).toBe(1);
    expect(thresholdFromAttribute('101')).toBeNull();
    expect(thresholdFromAttribute('-5')).toBeNull();
    expect(thresholdFromAttribute('90%')).toBeNull();
    expect(thresholdFromAttribute('')).toBeNull();
    expect(thresholdFromAttribute(null)).toBeNull();
    expect(thresholdFromAttribute(undefined)).toBeNull();
  });

  it('uses the page threshold when given, the default otherwise', () => {
    expect(limitStatus(75, 100, 'chars', 0.75).state).toBe('near');
    expect(limitStatus(74, 100, 'chars', 0.75).state).toBe('ok');
    expect(limitStatus(1, 100, 'chars', 0).state).toBe('near');
    expect(limitStatus(89, 100, 'chars').state).toBe('ok');
    expect(limitStatus(90, 100, 'chars').state).toBe('near');
    expect(limitStatus(89, 100, 'chars', Number.NaN).state).toBe('ok');
    expect(limitStatus(101, 100, 'chars', 0.5).state).toBe('over');
  });
});

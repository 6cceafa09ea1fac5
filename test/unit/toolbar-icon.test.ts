import { describe, expect, it } from 'vitest';
import { toolbarState } from '@/lib/toolbar-icon';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const PORTAL = 'https://supplier-information.find-tender.service.gov.uk/organisation/1/forms';

describe('toolbar icon state', () => {
  it('is active on a listed portal and idle anywhere else', () => {
    expect(toolbarState(PORTAL, DEFAULT_SETTINGS)).toBe('active');
    expect(toolbarState('https://example.org/', DEFAULT_SETTINGS)).toBe('idle');
    expect(toolbarState('chrome://extensions/', DEFAULT_SETTINGS)).toBe('idle');
    expect(toolbarState(undefined, DEFAULT_SETTINGS)).toBe('idle');
  });

  it('is idle when paused everywhere or switched off for that portal', () => {
    expect(toolbarState(PORTAL, { ...DEFAULT_SETTINGS, paused: true })).toBe('idle');
    expect(toolbarState(PORTAL, { ...DEFAULT_SETTINGS, disabledPortals: ['find-tender'] })).toBe('idle');
  });

  it('is active on a site the user added, unless paused', () => {
    const settings = { ...DEFAULT_SETTINGS, extraSites: ['https://tenders.example.org'] };
    expect(toolbarState('https://tenders.example.org/q/1', settings)).toBe('active');
    expect(toolbarState('https://tenders.example.org/q/1', { ...settings, paused: true })).toBe('idle');
  });
});

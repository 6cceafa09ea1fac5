import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isPortalEnabled, parseSettings } from '@/lib/settings';

describe('settings', () => {
  it('gives defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });
  it('keeps valid fields and drops only the malformed ones', () => {
    const parsed = parseSettings({
      category: 'cloud',
      organisationSize: 'gigantic',
      disabledPortals: ['delta'],
      paused: 'yes',
    });
    expect(parsed).toEqual({ ...DEFAULT_SETTINGS, category: 'cloud', disabledPortals: ['delta'] });
  });
  it('switches a portal off, and everything off when paused', () => {
    const settings = parseSettings({ disabledPortals: ['delta'] });
    expect(isPortalEnabled(settings, 'delta')).toBe(false);
    expect(isPortalEnabled(settings, 'jaggaer')).toBe(true);
    expect(isPortalEnabled({ ...settings, paused: true }, 'jaggaer')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { CRITERION_IDS, MODEL_IDS, THEME_IDS } from '@/lib/knowledge/ids';
import { MODEL_LABEL, nearestTheme, THEME_TITLES, themeTitle } from '@/lib/knowledge/labels';
import { CRITERIA, getCriterion, getTheme, MODELS } from '@/lib/knowledge/models';

// The in-page overlay reads these light copies; the knowledge tables (loaded only by the background and extension
// pages) are the source. A table change that is not made here too fails these tests.
describe('labels the portal page loads, held equal to the knowledge tables', () => {
  it('names every theme as the model tables do', () => {
    for (const id of THEME_IDS) expect(THEME_TITLES[id]).toBe(getTheme(id)?.title);
    expect(themeTitle('multiple')).toBe('Social value (several themes)');
    expect(themeTitle(null)).toBe('Social value (several themes)');
    expect(themeTitle('climate')).toBe('Fighting climate change');
  });

  it('gives every criterion the nearest theme the tables give it, and nothing else one', () => {
    expect(CRITERIA.length).toBe(CRITERION_IDS.length);
    for (const criterion of CRITERIA) expect(nearestTheme(criterion.id), criterion.id).toBe(criterion.nearestTheme);
    expect(nearestTheme('ppn0620-9.9')).toBeUndefined();
    expect(getCriterion('ppn0620-4.1')?.nearestTheme).toBe('climate');
  });

  it('has a short label for every model', () => {
    for (const id of MODEL_IDS) {
      expect(MODEL_LABEL[id]).toBeTruthy();
      expect(MODELS.some((m) => m.id === id)).toBe(true);
    }
  });
});

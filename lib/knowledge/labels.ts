/**
 * The few words the in-page overlay shows for ids: theme titles and short model labels. Kept apart from the
 * knowledge tables (models.ts, ppn-06-20.ts) so a portal page loads these lines and not the tables; a unit test
 * (test/unit/knowledge-labels.test.ts) holds them equal to the tables.
 */
import type { CriterionId, ModelId, ThemeId } from './ids';

/** PPN 06/20 theme titles, as in PPN0620_THEMES. */
export const THEME_TITLES: Record<ThemeId, string> = {
  'covid-recovery': 'COVID-19 recovery',
  'economic-inequality': 'Tackling economic inequality',
  climate: 'Fighting climate change',
  'equal-opportunity': 'Equal opportunity',
  wellbeing: 'Wellbeing',
};

/** A classification's theme as the badge and panels name it ('multiple' or none: several themes). */
export function themeTitle(themeId: string | null): string {
  if (themeId === 'multiple' || themeId === null) return 'Social value (several themes)';
  return (THEME_TITLES as Record<string, string | undefined>)[themeId] ?? themeId;
}

/** Short names of the models, for sentences ("PPN 002 applies"). */
export const MODEL_LABEL: Record<ModelId, string> = {
  'ppn-06-20': 'PPN 06/20',
  'ppn-002': 'PPN 002',
  'ppn-026': 'PPN 026 (reported, unverified)',
  'scotland-community-benefits': 'Scottish community benefits',
  'scotland-fair-work-first': 'Fair Work First',
  'wales-wellbeing-goals': 'the Welsh well-being goals',
  toms: 'TOMs',
};

/**
 * The PPN 06/20 theme nearest to each award criterion (as `nearestTheme` in the model tables): a theme correction
 * keeps the criteria of that theme (lib/corrections.ts) without loading the tables into the page.
 */
const CRITERIA_BY_NEAREST_THEME: Record<ThemeId, readonly CriterionId[]> = {
  'covid-recovery': ['ppn0620-1.1', 'ppn0620-1.2', 'ppn0620-1.3', 'ppn0620-1.4', 'ppn0620-1.5'],
  'economic-inequality': [
    'ppn0620-2.1',
    'ppn0620-2.2',
    'ppn0620-2.3',
    'ppn0620-3.1',
    'ppn0620-3.2',
    'ppn0620-3.3',
    'ppn0620-3.4',
    'ppn0620-3.5',
    'ppn002-1a',
    'ppn002-1d',
    'ppn026-quality-jobs',
    'ppn026-training',
    'ppn026-progression',
    'ppn026-talent-pipeline',
  ],
  climate: ['ppn0620-4.1', 'ppn0620-4.2'],
  'equal-opportunity': [
    'ppn0620-5.1',
    'ppn0620-5.2',
    'ppn0620-6.1',
    'ppn0620-6.2',
    'ppn0620-6.3',
    'ppn002-1b',
    'ppn002-1c',
    'ppn002-1e',
    'ppn026-working-conditions',
    'ppn026-fair-pay',
  ],
  wellbeing: ['ppn0620-7.1', 'ppn0620-7.2', 'ppn0620-8.1'],
};

const NEAREST_THEME = new Map<string, ThemeId>(
  Object.entries(CRITERIA_BY_NEAREST_THEME).flatMap(([theme, ids]) => ids.map((id) => [id, theme as ThemeId])),
);

/** The theme nearest to a criterion, or undefined for an id that is not a criterion. */
export function nearestTheme(criterionId: string): ThemeId | undefined {
  return NEAREST_THEME.get(criterionId);
}

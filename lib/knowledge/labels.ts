/**
 * The few words the in-page overlay shows for ids: theme titles and short model labels. Kept apart from the
 * knowledge tables (models.ts, ppn-06-20.ts) so a portal page loads these lines and not the tables; a unit test
 * (test/unit/knowledge-labels.test.ts) holds them equal to the tables.
 */
import { CRITERION_IDS, type ModelId, type ThemeId } from './ids';

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

/** The theme of each PPN 06/20 policy outcome 1-8 (a MAC's first digit is its outcome, as in PPN0620_OUTCOMES). */
const PPN0620_OUTCOME_THEME: readonly ThemeId[] = [
  'covid-recovery',
  'economic-inequality',
  'economic-inequality',
  'climate',
  'equal-opportunity',
  'equal-opportunity',
  'wellbeing',
  'wellbeing',
];

/** PPN 002 and PPN 026 criteria have no outcome digit: their nearest themes as the tables set them. */
const OTHER_NEAREST_THEME: Record<string, ThemeId> = {
  'ppn002-1a': 'economic-inequality',
  'ppn002-1b': 'equal-opportunity',
  'ppn002-1c': 'equal-opportunity',
  'ppn002-1d': 'economic-inequality',
  'ppn002-1e': 'equal-opportunity',
  'ppn026-quality-jobs': 'economic-inequality',
  'ppn026-training': 'economic-inequality',
  'ppn026-progression': 'economic-inequality',
  'ppn026-talent-pipeline': 'economic-inequality',
  'ppn026-working-conditions': 'equal-opportunity',
  'ppn026-fair-pay': 'equal-opportunity',
};

/**
 * The PPN 06/20 theme nearest to an award criterion (as `nearestTheme` in the model tables), or undefined for an id
 * that is not a criterion: a theme correction keeps the criteria of that theme (lib/corrections.ts) without loading
 * the tables into the page. test/unit/knowledge-labels.test.ts holds it equal to the tables.
 */
export function nearestTheme(criterionId: string): ThemeId | undefined {
  if (!(CRITERION_IDS as readonly string[]).includes(criterionId)) return undefined;
  const mac = /^ppn0620-(\d)\./.exec(criterionId);
  return mac ? PPN0620_OUTCOME_THEME[Number(mac[1]) - 1] : OTHER_NEAREST_THEME[criterionId];
}

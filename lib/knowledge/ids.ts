/**
 * The identifiers every part of Social Value Lens agrees on: models, themes, outcomes, award criteria and
 * technology categories. Data files, the classifier, the relevance matrix, the overlay and draft packs all key
 * on these strings, so they never change once shipped (add new ones; never rename).
 *
 * Sources: ../shared/reference/social-value-model.md (sections 1.3, 1.4, 2.5, 2.8, 4.2, 4.3).
 */

/** The five PPN 06/20 themes. Every social value classification maps to one of these (or several). */
export const THEME_IDS = [
  'covid-recovery',
  'economic-inequality',
  'climate',
  'equal-opportunity',
  'wellbeing',
] as const;
export type ThemeId = (typeof THEME_IDS)[number];

/** The models and frameworks a question can be asked under. */
export const MODEL_IDS = [
  'ppn-06-20', // Social Value Model, PPN 06/20 (2020)
  'ppn-002', // Social Value Model, PPN 002 (Feb 2025, mandatory 1 Oct 2025)
  'ppn-026', // Social Value Model, PPN 026 (reported Aug 2026, procurements from 1 Jan 2027); unconfirmed
  'scotland-community-benefits', // Procurement Reform (Scotland) Act 2014 ss.24-26
  'scotland-fair-work-first', // Scottish Government Fair Work First
  'wales-wellbeing-goals', // Well-being of Future Generations (Wales) Act 2015
  'toms', // National TOMs (recognised only; measures are CC BY-NC-ND and never shipped)
] as const;
export type ModelId = (typeof MODEL_IDS)[number];

/**
 * The UK central models read in primary sources (PPN 06/20 and PPN 002; PPN 026 is reported, unverified): the only
 * models whose outcomes, award criteria and guide (core deliverables are not social value) are applied as rules.
 */
export const SOURCED_CENTRAL_MODELS = ['ppn-06-20', 'ppn-002'] as const satisfies readonly ModelId[];
export function isSourcedCentralModel(model: string | null | undefined): boolean {
  return (SOURCED_CENTRAL_MODELS as readonly (string | null | undefined)[]).includes(model);
}

/** PPN 06/20 policy outcomes 1-8 ("ppn0620-o<n>"). The MAC's first digit is the outcome number. */
export const PPN0620_OUTCOME_IDS = [
  'ppn0620-o1',
  'ppn0620-o2',
  'ppn0620-o3',
  'ppn0620-o4',
  'ppn0620-o5',
  'ppn0620-o6',
  'ppn0620-o7',
  'ppn0620-o8',
] as const;

/** PPN 06/20 model award criteria, MAC 1.1 ... 8.1 ("ppn0620-<mac>"). 23 in all. */
export const PPN0620_CRITERION_IDS = [
  'ppn0620-1.1',
  'ppn0620-1.2',
  'ppn0620-1.3',
  'ppn0620-1.4',
  'ppn0620-1.5',
  'ppn0620-2.1',
  'ppn0620-2.2',
  'ppn0620-2.3',
  'ppn0620-3.1',
  'ppn0620-3.2',
  'ppn0620-3.3',
  'ppn0620-3.4',
  'ppn0620-3.5',
  'ppn0620-4.1',
  'ppn0620-4.2',
  'ppn0620-5.1',
  'ppn0620-5.2',
  'ppn0620-6.1',
  'ppn0620-6.2',
  'ppn0620-6.3',
  'ppn0620-7.1',
  'ppn0620-7.2',
  'ppn0620-8.1',
] as const;

/** PPN 002 missions M1-M5. */
export const PPN002_MISSION_IDS = ['ppn002-m1', 'ppn002-m2', 'ppn002-m3', 'ppn002-m4', 'ppn002-m5'] as const;

/**
 * PPN 002 outcomes. Only outcome 1 (Fair work) is confirmed with its criteria; the other seven exist but their
 * numbering and titles are not confirmed (the knowledge base marks them as gaps).
 */
export const PPN002_OUTCOME_IDS = [
  'ppn002-o1',
  'ppn002-o2',
  'ppn002-o3',
  'ppn002-o4',
  'ppn002-o5',
  'ppn002-o6',
  'ppn002-o7',
  'ppn002-o8',
] as const;

/** PPN 002 model award criteria confirmed so far: outcome 1, MACs 1a-1e. */
export const PPN002_CRITERION_IDS = ['ppn002-1a', 'ppn002-1b', 'ppn002-1c', 'ppn002-1d', 'ppn002-1e'] as const;

/** PPN 026 (reported): two outcomes, six criteria. */
export const PPN026_OUTCOME_IDS = ['ppn026-good-jobs', 'ppn026-skills'] as const;
export const PPN026_CRITERION_IDS = [
  'ppn026-quality-jobs',
  'ppn026-working-conditions',
  'ppn026-fair-pay',
  'ppn026-training',
  'ppn026-progression',
  'ppn026-talent-pipeline',
] as const;

/** Scotland: the three kinds of community benefit requirement in s.24 of the 2014 Act. */
export const SCOT_CB_IDS = ['scot-cb-training-recruitment', 'scot-cb-subcontracting', 'scot-cb-wellbeing'] as const;

/** Scotland: Fair Work First criteria (guidance for contracts awarded from 1 July 2023). */
export const SCOT_FWF_IDS = [
  'scot-fwf-living-wage',
  'scot-fwf-security',
  'scot-fwf-voice',
  'scot-fwf-progression',
  'scot-fwf-health-safety',
  'scot-fwf-work-life',
  'scot-fwf-respect',
  'scot-fwf-inclusive',
  'scot-fwf-innovation',
] as const;

/** Wales: the seven well-being goals of the 2015 Act, in the Act's order. */
export const WALES_GOAL_IDS = [
  'wales-goal-1',
  'wales-goal-2',
  'wales-goal-3',
  'wales-goal-4',
  'wales-goal-5',
  'wales-goal-6',
  'wales-goal-7',
] as const;

/** Every award criterion the relevance matrix must rate. */
export const CRITERION_IDS = [...PPN0620_CRITERION_IDS, ...PPN002_CRITERION_IDS, ...PPN026_CRITERION_IDS] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

/** Technology categories a supplier picks on the options page. */
export const CATEGORY_IDS = [
  'software', // software products and licences, SaaS applications
  'hardware', // hardware and end-user devices
  'telecoms', // telecoms and networks
  'cloud', // cloud and hosting
  'digital-services', // digital specialists and services (agile delivery teams, consultancy)
  'managed-services', // IT support and managed services
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

/** How well a fact is verified (social-value-model.md tags [V], [S], [R]). */
export const VERIFICATION = ['verified', 'secondary', 'unconfirmed'] as const;
export type Verification = (typeof VERIFICATION)[number];

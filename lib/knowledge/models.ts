/**
 * Registry of the social value knowledge base: the models and frameworks, and lookups across them by id.
 * Everything here is plain data plus Map lookups built once at import; no zod at runtime (see validate.ts).
 */
import type { ThemeId } from './ids';
import type { Criterion, FrameworkItem, Mission, Model, Outcome, Theme } from './schema';
import { PPN0620_CRITERIA, PPN0620_OUTCOMES, PPN0620_THEMES } from './ppn-06-20';
import { PPN002_CRITERIA, PPN002_MISSIONS, PPN002_OUTCOMES } from './ppn-002';
import { PPN026_CRITERIA, PPN026_OUTCOMES } from './ppn-026';
import { SCOTLAND_COMMUNITY_BENEFITS, SCOTLAND_FAIR_WORK_FIRST } from './scotland';
import { SRC, at } from './sources';
import { WALES_GOALS } from './wales';

/** Bump when any knowledge data changes (date of the reference it was checked against, then a counter). */
export const KNOWLEDGE_VERSION = '2026-11.1';

export const MODELS = [
  {
    id: 'ppn-06-20',
    title: 'Social Value Model (PPN 06/20)',
    shortTitle: 'PPN 06/20',
    jurisdiction: 'uk-central',
    summary:
      'Five themes, eight policy outcomes and 23 award criteria (MAC 1.1-8.1) for central government contracts under the Public Contracts Regulations 2015.',
    inForce: {
      from: '2021-01-01',
      note: 'Published 24 Sep 2020; applied from 1 Jan 2021. It is the regime that decides, not a date: procurements under the Public Contracts Regulations 2015 (commenced before 24 Feb 2025) and call-offs under frameworks or DPS set up under them (G-Cloud 14, DOS6 and other CCS frameworks) stay on PPN 06/20.',
    },
    source: at(SRC.ppnCollection, 'PCR 2015 PPNs (scope)'),
    verification: 'verified',
  },
  {
    id: 'ppn-002',
    title: 'Social Value Model (PPN 002)',
    shortTitle: 'PPN 002',
    jurisdiction: 'uk-central',
    summary:
      "Five government missions and eight outcomes; Outcome 1 (Fair work, MACs 1a-1e) confirmed, titles of outcomes 2-4 and 6-8 from CCS's G-Cloud 15 data (secondary). Procurement Act 2023 procurements.",
    inForce: {
      from: '2025-02-24',
      note: 'Published 13 Feb 2025; Procurement Act 2023 procurements commenced on or after 24 Feb 2025; mandatory for in-scope central government bodies (departments, executive agencies, NDPBs) from 1 Oct 2025. It stays the default for any later date until a gov.uk text says otherwise.',
    },
    source: at(SRC.ppn002Note, 'Scope and dates'),
    verification: 'verified',
  },
  {
    id: 'ppn-026',
    title: 'Social Value Model (PPN 026, reported)',
    shortTitle: 'PPN 026',
    jurisdiction: 'uk-central',
    summary:
      "Reported, unverified: two outcomes (Good jobs, Skills) and six criteria. Not found on gov.uk; shown only when a buyer's own text names it, as information, never as a rule.",
    inForce: {
      note: 'Reported (by third-party code sharing one origin) to apply to central government procurements commenced on or after 1 Jan 2027 worth £1m or more including VAT; never selected from a date.',
    },
    source: at(SRC.ppn026, 'Scope'),
    verification: 'secondary',
  },
  {
    id: 'scotland-community-benefits',
    title: 'Community benefits (Procurement Reform (Scotland) Act 2014)',
    shortTitle: 'Scottish community benefits',
    jurisdiction: 'scotland',
    summary:
      'Three kinds of community benefit requirement (s.24); buyers must consider them for procurements of £4m or more (s.25).',
    inForce: { from: '2016-06-01', note: 's.25 in force 1 Jun 2016.' },
    source: at(SRC.scotAct, 'ss.24-26'),
    verification: 'verified',
  },
  {
    id: 'scotland-fair-work-first',
    title: 'Fair Work First (Scottish Government)',
    shortTitle: 'Fair Work First',
    jurisdiction: 'scotland',
    summary: 'Nine fair work criteria the Scottish Government applies to grants and contracts.',
    inForce: {
      from: '2019-01-01',
      note: 'Applied to Scottish public contracts since 2019-21; the 1 Jul 2023 date is for grants. Guidance updated November 2024.',
    },
    source: at(SRC.scotFwf, 'Criteria'),
    verification: 'verified',
  },
  {
    id: 'wales-wellbeing-goals',
    title: 'Well-being goals (Well-being of Future Generations (Wales) Act 2015)',
    shortTitle: 'Welsh well-being goals',
    jurisdiction: 'wales',
    summary: 'The seven national well-being goals Welsh public bodies work towards.',
    inForce: { note: 'Act of 2015.' },
    source: at(SRC.walesAct, 'Well-being goals'),
    verification: 'verified',
  },
  {
    id: 'toms',
    title: 'National TOMs (recognised only)',
    shortTitle: 'TOMs',
    jurisdiction: 'any',
    summary:
      "A proprietary measurement framework; Social Value Lens only recognises it and points to the buyer's documents.",
    inForce: { from: '2017-11', note: 'Launched Nov 2017; used mostly by local government.' },
    source: at(SRC.tomsFaq, 'About'),
    verification: 'verified',
  },
] as const satisfies readonly Model[];

export const THEMES: readonly Theme[] = PPN0620_THEMES;
export const OUTCOMES: readonly Outcome[] = [...PPN0620_OUTCOMES, ...PPN002_OUTCOMES, ...PPN026_OUTCOMES];
export const CRITERIA: readonly Criterion[] = [...PPN0620_CRITERIA, ...PPN002_CRITERIA, ...PPN026_CRITERIA];
export const MISSIONS: readonly Mission[] = PPN002_MISSIONS;
export const FRAMEWORK_ITEMS: readonly FrameworkItem[] = [
  ...SCOTLAND_COMMUNITY_BENEFITS,
  ...SCOTLAND_FAIR_WORK_FIRST,
  ...WALES_GOALS,
];

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> => new Map(items.map((i) => [i.id, i]));
const MODEL_MAP = byId<Model>(MODELS);
const THEME_MAP = byId(THEMES);
const OUTCOME_MAP = byId(OUTCOMES);
const CRITERION_MAP = byId(CRITERIA);
const NEAREST = new Map<string, ThemeId>([
  ...THEMES.map((t) => [t.id, t.id] as const),
  ...[...OUTCOMES, ...CRITERIA, ...MISSIONS, ...FRAMEWORK_ITEMS].map((i) => [i.id, i.nearestTheme] as const),
]);

export function getModel(id: string): Model | undefined {
  return MODEL_MAP.get(id);
}
export function getTheme(id: string): Theme | undefined {
  return THEME_MAP.get(id);
}
export function getOutcome(id: string): Outcome | undefined {
  return OUTCOME_MAP.get(id);
}
export function getCriterion(id: string): Criterion | undefined {
  return CRITERION_MAP.get(id);
}
/** The criteria under an outcome, in model order; empty for an unknown id or a gap outcome. */
export function criteriaForOutcome(outcomeId: string): readonly Criterion[] {
  return CRITERIA.filter((c) => c.outcomeId === outcomeId);
}
/**
 * The nearest PPN 06/20 theme for any theme, outcome, criterion, mission, Scottish or Welsh item id; undefined for
 * model ids and unknown ids.
 */
export function nearestTheme(anyId: string): ThemeId | undefined {
  return NEAREST.get(anyId);
}

export { formatSource } from './sources';

/**
 * The award criteria of a question in the shape the evidence reminders take (`analyseEvidence(text, { criteria })`):
 * codes ("1a", "2.2") and our short titles, for the chosen model's criteria only, at most `max`. Unknown ids are skipped.
 */
export function criteriaForEvidence(
  criterionIds: readonly string[],
  model: string | null,
  max = 4,
): { code: string; title: string }[] {
  const out: { code: string; title: string }[] = [];
  for (const id of criterionIds) {
    const c = getCriterion(id);
    if (!c || (model !== null && c.modelId !== model)) continue;
    out.push({ code: c.code, title: c.title });
    if (out.length >= max) break;
  }
  return out;
}

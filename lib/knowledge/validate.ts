/**
 * Full validation of the knowledge base: every item against its zod schema, plus cross-references (unique ids,
 * criteria pointing at existing outcomes and themes, MAC digits matching outcomes, a rating for every category x
 * criterion). Run by the unit tests and available to dev tooling; not needed at runtime in the content script.
 */
import type { z } from 'zod';
import { CATEGORY_IDS, CRITERION_IDS } from './ids';
import { EVALUATOR_POINTS } from './evaluators';
import { GAPS } from './gaps';
import { CRITERIA, FRAMEWORK_ITEMS, MISSIONS, MODELS, OUTCOMES, THEMES } from './models';
import { PPN0620_QUESTION_FACTS } from './ppn-06-20';
import { PPN002_QUESTION_FACTS } from './ppn-002';
import { PPN026_RULES } from './ppn-026';
import { RELEVANCE_MATRIX } from './relevance-data';
import { CATEGORIES } from './relevance';
import {
  CategoryRatingSchema,
  CategorySchema,
  CriterionSchema,
  FactSchema,
  FrameworkItemSchema,
  GapSchema,
  MissionSchema,
  ModelSchema,
  OutcomeSchema,
  Ppn026RulesSchema,
  ScotlandCbRuleSchema,
  ThemeSchema,
  TomsRecognitionSchema,
} from './schema';
import { SCOTLAND_CB_RULE, SCOTLAND_FACTS } from './scotland';
import { WALES_FACTS } from './wales';
import { TOMS } from './toms';

/** Everything the knowledge base ships, grouped by schema. */
export interface KnowledgeBundle {
  models: readonly unknown[];
  themes: readonly unknown[];
  outcomes: readonly unknown[];
  criteria: readonly unknown[];
  missions: readonly unknown[];
  frameworkItems: readonly unknown[];
  facts: readonly unknown[];
  gaps: readonly unknown[];
  categories: readonly unknown[];
  ppn026Rules: unknown;
  scotlandCbRule: unknown;
  toms: unknown;
  matrix: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export const KNOWLEDGE_BUNDLE: KnowledgeBundle = {
  models: MODELS,
  themes: THEMES,
  outcomes: OUTCOMES,
  criteria: CRITERIA,
  missions: MISSIONS,
  frameworkItems: FRAMEWORK_ITEMS,
  facts: [...PPN0620_QUESTION_FACTS, ...PPN002_QUESTION_FACTS, ...EVALUATOR_POINTS, ...WALES_FACTS, ...SCOTLAND_FACTS],
  gaps: GAPS,
  categories: CATEGORIES,
  ppn026Rules: PPN026_RULES,
  scotlandCbRule: SCOTLAND_CB_RULE,
  toms: TOMS,
  matrix: RELEVANCE_MATRIX,
};

/** Every `id` in the bundle, in order (duplicates kept, so callers can detect them). */
export function allIds(kb: KnowledgeBundle = KNOWLEDGE_BUNDLE): string[] {
  const lists = [
    kb.models,
    kb.themes,
    kb.outcomes,
    kb.criteria,
    kb.missions,
    kb.frameworkItems,
    kb.facts,
    kb.gaps,
    [kb.toms],
  ];
  return lists
    .flatMap((l) => l.map((i) => (i as { id?: unknown }).id))
    .filter((id): id is string => typeof id === 'string');
}

/** Problems found in the bundle; empty when it is valid. */
export function validateKnowledge(kb: KnowledgeBundle = KNOWLEDGE_BUNDLE): string[] {
  const problems: string[] = [];
  const check = (schema: z.ZodType, value: unknown, where: string): void => {
    const r = schema.safeParse(value);
    if (!r.success)
      problems.push(`${where}: ${r.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  };
  const each = (schema: z.ZodType, list: readonly unknown[], kind: string): void =>
    list.forEach((v, i) => check(schema, v, `${kind}[${i}] ${String((v as { id?: unknown }).id)}`));

  each(ModelSchema, kb.models, 'model');
  each(ThemeSchema, kb.themes, 'theme');
  each(OutcomeSchema, kb.outcomes, 'outcome');
  each(CriterionSchema, kb.criteria, 'criterion');
  each(MissionSchema, kb.missions, 'mission');
  each(FrameworkItemSchema, kb.frameworkItems, 'framework item');
  each(FactSchema, kb.facts, 'fact');
  each(GapSchema, kb.gaps, 'gap');
  each(CategorySchema, kb.categories, 'category');
  check(Ppn026RulesSchema, kb.ppn026Rules, 'ppn026 rules');
  check(ScotlandCbRuleSchema, kb.scotlandCbRule, 'scotland cb rule');
  check(TomsRecognitionSchema, kb.toms, 'toms');

  const seen = new Set<string>();
  for (const id of allIds(kb)) {
    if (seen.has(id)) problems.push(`duplicate id ${id}`);
    seen.add(id);
  }

  const outcomes = new Map(
    kb.outcomes.map((o) => [(o as { id: string }).id, o as { modelId: string; number?: number; themeId?: string }]),
  );
  const themeIds = new Set(kb.themes.map((t) => (t as { id: string }).id));
  for (const raw of kb.criteria) {
    const c = raw as { id: string; modelId: string; code: string; outcomeId: string; themeId?: string };
    const o = outcomes.get(c.outcomeId);
    if (o === undefined) {
      problems.push(`${c.id}: unknown outcome ${c.outcomeId}`);
      continue;
    }
    if (o.modelId !== c.modelId) problems.push(`${c.id}: outcome ${c.outcomeId} belongs to ${o.modelId}`);
    if (c.themeId !== undefined && !themeIds.has(c.themeId)) problems.push(`${c.id}: unknown theme ${c.themeId}`);
    if (c.modelId === 'ppn-06-20') {
      if (c.themeId !== o.themeId)
        problems.push(`${c.id}: theme ${String(c.themeId)} differs from outcome theme ${String(o.themeId)}`);
      if (Number(c.code.split('.')[0]) !== o.number)
        problems.push(`${c.id}: MAC ${c.code} does not match outcome ${String(o.number)}`);
      if (c.id !== `ppn0620-${c.code}`) problems.push(`${c.id}: id does not match code ${c.code}`);
    }
    if (c.modelId === 'ppn-002' && Number(c.code.slice(0, -1)) !== o.number)
      problems.push(`${c.id}: MAC ${c.code} does not match outcome ${String(o.number)}`);
  }

  for (const criterionId of CRITERION_IDS) {
    const row = kb.matrix[criterionId];
    if (row === undefined) {
      problems.push(`matrix: no row for ${criterionId}`);
      continue;
    }
    for (const category of CATEGORY_IDS) {
      const cell = row[category] as readonly [unknown, unknown] | undefined;
      if (cell === undefined) problems.push(`matrix: ${category} x ${criterionId} missing`);
      else check(CategoryRatingSchema, { rating: cell[0], reason: cell[1] }, `matrix ${category} x ${criterionId}`);
    }
  }
  return problems;
}

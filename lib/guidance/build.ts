import type { Classification } from '@/lib/classifier/index';
import type { CategoryId, CriterionId } from '@/lib/knowledge/ids';
import { CRITERION_IDS } from '@/lib/knowledge/ids';
import { EVALUATOR_POINTS } from '@/lib/knowledge/evaluators';
import { formatSource, getCriterion, getModel, getOutcome } from '@/lib/knowledge/models';
import {
  categoryTitle,
  relevanceFor,
  whatItMeans,
  RELEVANCE_PROVENANCE,
  type RelevanceOverrides,
} from '@/lib/knowledge/relevance';
import type { Rating } from '@/lib/knowledge/rating';
import { themeTitle } from '@/lib/knowledge/labels';

export { themeTitle } from '@/lib/knowledge/labels';

/**
 * What the guidance panel shows for one classified question, assembled from the knowledge base: the model,
 * theme, outcome and criteria, the relevance for the user's category, what evaluators look for, and metrics.
 */
export interface Guidance {
  model: { title: string; reason: string; verification: string } | null;
  theme: string;
  outcome: { title: string; verification: string } | null;
  /** Criteria of the model the question is asked under. */
  criteria: Array<{ id: string; code: string; title: string; verification: string; source: string }>;
  /** The nearest criteria in the other models, as short labels ("PPN 06/20 MAC 2.2"): for reference, not scored. */
  equivalents: string[];
  why: string[];
  toms: boolean;
  relevance: {
    category: string;
    rating: Rating;
    reason: string;
    meaning: string;
    provenance: string;
    overridden: boolean;
  } | null;
  /** What evaluators look for under the question's main criterion. */
  criterionLookFor: { title: string; points: string[]; verification: string } | null;
  /** What evaluators look for in any social value answer. */
  lookFor: Array<{ title: string; detail: string; source: string; verification: string }>;
  metrics: Array<{ text: string; verification: string; origin: 'reported' | 'suggested' }>;
  needsBaseline: boolean;
}

const RANK: Record<Rating, number> = { high: 3, medium: 2, low: 1 };
const MODEL_SHORT: Record<string, string> = { 'ppn-06-20': 'PPN 06/20', 'ppn-002': 'PPN 002', 'ppn-026': 'PPN 026' };

export function buildGuidance(
  classification: Classification,
  category: CategoryId,
  overrides?: RelevanceOverrides,
): Guidance {
  const model = classification.model ? getModel(classification.model) : undefined;
  const criteria = classification.criterionIds
    .map((id) => getCriterion(id))
    .filter((c): c is NonNullable<typeof c> => c !== undefined);
  const outcomeId = classification.nativeId ?? classification.outcomeId;
  const outcome = outcomeId ? getOutcome(outcomeId) : undefined;
  const rated = criteria
    .filter((c) => (CRITERION_IDS as readonly string[]).includes(c.id))
    .map((c) => relevanceFor(category, c.id as CriterionId, overrides));
  const best = rated.sort((a, b) => RANK[b.rating] - RANK[a.rating])[0];
  // Only the question's own model's criteria are what it is scored against. Under a model without award criteria of
  // its own (Scottish community benefits, Welsh well-being goals, TOMs) the nearest PPN 06/20 / PPN 002 criteria are
  // shown for reference only, never as the question's criteria (knowledge audit: no model outcome exists there).
  const own = classification.model ? criteria.filter((c) => c.modelId === classification.model) : criteria;
  const others = classification.model ? criteria.filter((c) => c.modelId !== classification.model) : [];
  const primary = own[0];
  return {
    model: model ? { title: model.title, reason: classification.modelReason, verification: model.verification } : null,
    theme: themeTitle(classification.themeId),
    outcome: outcome ? { title: outcome.title, verification: outcome.verification } : null,
    criteria: own.slice(0, 3).map((c) => ({
      id: c.id,
      code: c.code,
      title: c.title,
      verification: c.titleVerification,
      source: formatSource(c.source),
    })),
    equivalents: others
      .slice(0, 4)
      .map((c) => `${MODEL_SHORT[c.modelId] ?? c.modelId} ${c.modelId === 'ppn-06-20' ? 'MAC ' : ''}${c.code}`),
    why: classification.why.slice(0, 8),
    toms: classification.toms,
    relevance: best
      ? {
          category: categoryTitle(category),
          rating: best.rating,
          reason: best.reason,
          meaning: whatItMeans(best.rating),
          provenance: best.source === 'override' ? 'Rated by you or your team (settings)' : RELEVANCE_PROVENANCE.label,
          overridden: best.source === 'override',
        }
      : null,
    criterionLookFor: primary
      ? { title: `${primary.code} ${primary.title}`, points: [...primary.lookFor], verification: primary.verification }
      : null,
    lookFor: EVALUATOR_POINTS.map((point) => ({
      title: point.title,
      detail: point.summary,
      source: formatSource(point.source),
      verification: point.verification,
    })),
    metrics: (primary?.metrics ?? []).map((m) => ({ text: m.label, verification: m.verification, origin: m.origin })),
    needsBaseline: criteria.some((c) => c.needsBaseline),
  };
}

/**
 * Category relevance: how relevant each award criterion is to a supplier's kind of technology work, from Social
 * Value Lens's own matrix (relevance-data.ts), optionally overridden by a user's or team's own ratings.
 */
import { CRITERION_IDS, type CategoryId, type CriterionId } from './ids';
import { RATINGS, type Rating } from './rating';
import type { RelevanceOverride, RelevanceOverrides } from './relevance-schema';
import { RELEVANCE_MATRIX } from './relevance-data';

export {
  parseRelevanceOverrides,
  RelevanceOverrideSchema,
  RelevanceOverridesSchema,
  type ParseOverridesResult,
  type RelevanceOverride,
  type RelevanceOverrides,
} from './relevance-schema';

/** Shown wherever a rating is shown. */
export const RELEVANCE_PROVENANCE = {
  label: "Social Value Lens's own assessment, not the techUK/Cabinet Office matrix (which is not public)",
  author: 'Social Value Lens',
  date: '2026-11',
  verification: 'unconfirmed',
} as const;

export const CATEGORIES = [
  {
    id: 'software',
    title: 'Software and SaaS',
    description:
      'Software products, licences and SaaS applications, with the implementation and support that come with them.',
  },
  {
    id: 'hardware',
    title: 'Hardware and devices',
    description: 'End-user devices, servers and peripherals: supply, delivery, deployment and disposal.',
  },
  {
    id: 'telecoms',
    title: 'Telecoms and networks',
    description: 'Connectivity, voice and data services, and network build, installation and maintenance.',
  },
  {
    id: 'cloud',
    title: 'Cloud and hosting',
    description: 'Infrastructure and platform services, data centres and hosting.',
  },
  {
    id: 'digital-services',
    title: 'Digital specialists and services',
    description: 'Agile delivery teams, user research, design, development and consultancy.',
  },
  {
    id: 'managed-services',
    title: 'IT support and managed services',
    description:
      'Service desk, end-user and field support, and infrastructure run for the buyer over the contract term.',
  },
] as const satisfies readonly { id: CategoryId; title: string; description: string }[];

/** A category's title for people (the id itself when unknown). */
export function categoryTitle(id: string): string {
  return CATEGORIES.find((category) => category.id === id)?.title ?? id;
}

export interface Relevance {
  rating: Rating;
  reason: string;
  source: 'ours' | 'override';
  /** Present when overridden: Social Value Lens's own rating, for comparison. */
  ours?: { rating: Rating; reason: string };
}

/** Fallback reason when a team overrides a rating without saying why. */
export const OVERRIDE_NO_REASON = 'Rated by your team; no reason given.';

/**
 * The relevance of a criterion to a category: the team's override when there is a valid one, otherwise ours.
 * An override entry that fails validation (isValidOverride) is ignored (ours is returned). Throws RangeError for ids not in ids.ts.
 */
export function relevanceFor(
  category: CategoryId,
  criterionId: CriterionId,
  overrides?: RelevanceOverrides,
): Relevance {
  const row = Object.hasOwn(RELEVANCE_MATRIX, criterionId) ? RELEVANCE_MATRIX[criterionId] : undefined;
  const cell = row !== undefined && Object.hasOwn(row, category) ? row[category] : undefined;
  if (cell === undefined) throw new RangeError(`No relevance rating for ${String(category)} x ${String(criterionId)}`);
  const [rating, reason] = cell;
  const entry = overrides?.[category]?.[criterionId];
  if (isValidOverride(entry)) {
    return {
      rating: entry.rating,
      reason: entry.reason ?? OVERRIDE_NO_REASON,
      source: 'override',
      ours: { rating, reason },
    };
  }
  return { rating, reason, source: 'ours' };
}

/**
 * Cheap structural check mirroring RelevanceOverrideSchema (kept zod-free so the content script need not bundle
 * zod); the relevance tests check that it agrees with the schema.
 */
export function isValidOverride(entry: unknown): entry is RelevanceOverride {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return false;
  const { rating, reason, ...rest } = entry as Record<string, unknown>;
  if (Object.keys(rest).length > 0 || !(RATINGS as readonly unknown[]).includes(rating)) return false;
  return (
    reason === undefined || (typeof reason === 'string' && reason.trim().length > 0 && reason.trim().length <= 200)
  );
}

/** Every criterion's relevance for one category, in ids.ts order (for the options page). */
export function relevanceForCategory(
  category: CategoryId,
  overrides?: RelevanceOverrides,
): Array<Relevance & { criterionId: CriterionId }> {
  return CRITERION_IDS.map((criterionId) => ({ criterionId, ...relevanceFor(category, criterionId, overrides) }));
}

const MEANINGS: Record<Rating, string> = {
  high: 'Your kind of work has a direct lever here, so make a specific, measured commitment tied to this contract.',
  medium:
    "There is a lever, but show clearly how the commitment connects to this contract's work and keep it realistic.",
  low: 'Your kind of work has little direct lever here; if asked, make a modest, concrete commitment rather than stretching into unrelated promises.',
};

/** One sentence on what a rating means for the answer. */
export function whatItMeans(rating: Rating): string {
  return MEANINGS[rating];
}

export { RELEVANCE_MATRIX } from './relevance-data';
export { RATINGS, type Rating } from './rating';

import type { Classification } from '../classifier/types';
import type { CategoryId } from '../knowledge/ids';
import { nearestTheme } from '../knowledge/models';
import type { EvidenceItem } from './schema';
import { isStale, isoDay } from './stale';

export interface Suggestion {
  item: EvidenceItem;
  score: number;
  /** Why it was suggested, in words: "supports MAC ppn0620-2.1", "same theme", "for cloud". */
  reasons: string[];
  stale: boolean;
}

type ClassificationLike = Pick<Classification, 'socialValue' | 'criterionIds' | 'themeIds'>;

/**
 * Evidence items that fit a classified question, best first. An item must support one of the question's award
 * criteria or share one of its themes; among those, a criterion the classifier ranked first counts most, a matching
 * technology category adds a little (an item tagged for no category fits any), and stale items sink below fresh
 * ones (still shown, flagged, so nobody reuses an out-of-date figure unawares). Nothing fits a question that is
 * not about social value.
 */
export function suggestEvidence(
  classification: ClassificationLike,
  category: CategoryId | null,
  items: readonly EvidenceItem[],
  options: { today?: string; limit?: number } = {},
): Suggestion[] {
  if (!classification.socialValue) return [];
  const today = options.today ?? isoDay();
  const criteria = classification.criterionIds;
  const themes = new Set<string>(classification.themeIds);
  const out: Suggestion[] = [];
  for (const item of items) {
    const reasons: string[] = [];
    let score = 0;
    for (const id of item.criterionIds) {
      const rank = criteria.indexOf(id);
      if (rank >= 0) {
        score += 10 / (1 + rank);
        reasons.push(`supports ${id}`);
      }
    }
    if (score === 0) {
      const shared = item.criterionIds
        .map((id) => nearestTheme(id))
        .filter((t): t is NonNullable<typeof t> => !!t && themes.has(t));
      if (shared.length > 0) {
        score += 2;
        reasons.push(`same theme (${[...new Set(shared)].join(', ')})`);
      }
    }
    if (score === 0) continue;
    if (category !== null) {
      if (item.categoryIds.includes(category)) {
        score += 1.5;
        reasons.push(`for ${category}`);
      } else if (item.categoryIds.length > 0) {
        score -= 1;
      }
    }
    if (item.figures.length > 0) score += 0.5; // evaluators reward numbers
    const stale = isStale(item, today);
    if (stale) {
      score /= 4;
      reasons.push(`review was due ${item.reviewBy}`);
    }
    out.push({ item, score, reasons, stale });
  }
  out.sort((a, b) => b.score - a.score || b.item.updatedAt - a.item.updatedAt || a.item.id.localeCompare(b.item.id));
  return out.slice(0, options.limit ?? 10);
}

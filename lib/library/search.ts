import type { EvidenceItem } from './schema';

/**
 * Full-text search over the evidence library: every query word (or its prefix, so "apprentice" finds
 * "apprenticeships") must occur in the item's title, text, figures, owner or ids. Titles count most.
 * Case, accents and punctuation do not matter. Pure; fast enough for thousands of items without an index.
 */
export function searchTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}£%]+/u)
    .filter((t) => t.length > 0);
}

export interface SearchHit {
  item: EvidenceItem;
  score: number;
}

export function searchEvidence(items: readonly EvidenceItem[], query: string): SearchHit[] {
  const terms = [...new Set(searchTokens(query))];
  if (terms.length === 0) {
    return [...items].sort((a, b) => b.updatedAt - a.updatedAt).map((item) => ({ item, score: 0 }));
  }
  const hits: SearchHit[] = [];
  for (const item of items) {
    const title = searchTokens(item.title);
    const body = searchTokens(
      [item.text, ...item.figures, item.owner, ...item.criterionIds, ...item.categoryIds].join(' '),
    );
    let score = 0;
    let all = true;
    for (const term of terms) {
      const inTitle = title.some((t) => t.startsWith(term));
      const inBody = body.some((t) => t.startsWith(term));
      if (!inTitle && !inBody) {
        all = false;
        break;
      }
      score += (inTitle ? 3 : 0) + (inBody ? 1 : 0) + (title.includes(term) || body.includes(term) ? 1 : 0);
    }
    if (all) hits.push({ item, score });
  }
  return hits.sort((a, b) => b.score - a.score || b.item.updatedAt - a.item.updatedAt);
}

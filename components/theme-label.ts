import type { Classification } from '@/lib/classifier';
import { getTheme } from '@/lib/knowledge/models';
import { CATEGORIES } from '@/lib/knowledge/relevance';
import type { CategoryId } from '@/lib/knowledge/ids';

/** What the badge says a question is about: "Social value: Equal opportunity". */
export function themeLabel(classification: Classification): string {
  const { themeId } = classification;
  if (themeId === 'multiple' || themeId === null) return 'Social value';
  return `Social value: ${getTheme(themeId)?.title ?? themeId}`;
}

export function categoryTitle(id: CategoryId): string {
  return CATEGORIES.find((category) => category.id === id)?.title ?? id;
}

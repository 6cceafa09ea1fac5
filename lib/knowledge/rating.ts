/** Relevance ratings used by the category relevance matrix (kept zod-free so data files stay cheap to import). */
export const RATINGS = ['high', 'medium', 'low'] as const;
export type Rating = (typeof RATINGS)[number];

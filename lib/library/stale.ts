import type { EvidenceItem } from './schema';

/** Today's date as YYYY-MM-DD (UTC), the form review-by dates are kept in. */
export function isoDay(now: number = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** An item is stale once its review-by date has passed; items with no review date never go stale. */
export function isStale(item: Pick<EvidenceItem, 'reviewBy'>, today: string = isoDay()): boolean {
  return item.reviewBy !== null && item.reviewBy < today;
}

/** Due for review within `days` but not yet stale. */
export function isDueSoon(item: Pick<EvidenceItem, 'reviewBy'>, today: string = isoDay(), days = 30): boolean {
  if (item.reviewBy === null || isStale(item, today)) return false;
  const limit = isoDay(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000);
  return item.reviewBy <= limit;
}

import type { EvidenceItem } from './schema';

/** Today's date as YYYY-MM-DD (UTC), the form review-by dates are kept in. */
export function isoDay(now: number = Date.now()): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** An item is stale once its review-by date has passed; items with no review date never go stale. */
export function isStale(item: Pick<EvidenceItem, 'reviewBy'>, today: string = isoDay()): boolean {
  return item.reviewBy !== null && item.reviewBy < today;
}

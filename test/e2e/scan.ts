import type { Page } from '@playwright/test';

/**
 * What the content script's latest scan of a page reports, from the User Timing entries page.ts writes
 * (`SCAN_MEASURE` 'svl-scan' and `MOUNT_MEASURE` 'svl-mount' in entrypoints/content/page.ts; that module needs the
 * extension runtime, so the names are repeated here: a rename makes every wait on them time out, not pass).
 * `fields`: answer fields the scan found (social value or not). `settled`: every field that scan queued has its
 * overlay (no mounts still pending). Null before the first scan.
 *
 * A "this field is not badged" check means something only once the scan has seen that field and finished: wait for
 * `{ fields: <every answer field on the page>, settled: true }` first.
 */
export async function scanState(page: Page): Promise<{ fields: number; settled: boolean } | null> {
  return page.evaluate(() => {
    const last = performance.getEntriesByName('svl-scan').at(-1) as PerformanceMeasure | undefined;
    if (!last) return null;
    const detail = last.detail as { fields: number; pending: number };
    const scanEnd = last.startTime + last.duration;
    const mounted = performance.getEntriesByName('svl-mount').some((m) => m.startTime + m.duration >= scanEnd);
    return { fields: detail.fields, settled: detail.pending === 0 || mounted };
  });
}

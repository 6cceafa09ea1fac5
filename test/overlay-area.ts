/**
 * The badge-area check shared by the Chromium e2e suite (test/e2e/badge-area.spec.ts) and the Firefox smoke suite:
 * after 15 lines of text in a field, the overlay's boxes may cover at most one 24 x 24 marker of its writing area.
 */
export const FIFTEEN_LINES: readonly string[] = Array.from(
  { length: 15 },
  (_, i) => `Line ${i + 1}: we will recruit local apprentices and report quarterly to the council.`,
);

export const MAX_COVERED_PX2 = 24 * 24;

/**
 * Runs in the page (pass it to an element handle's `evaluate`, so it must stay self-contained): the area of the union
 * of the overlay host's boxes (its shadow content included) inside the field's box, on a 1 px grid, as boxes may
 * overlap each other.
 */
export function coveredArea(host: Element, f: { x: number; y: number; width: number; height: number }): number {
  const boxes = [host, ...(host.shadowRoot?.querySelectorAll('*') ?? [])]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  const covered = new Set<number>();
  for (const r of boxes) {
    const x0 = Math.max(Math.floor(r.left), Math.floor(f.x));
    const x1 = Math.min(Math.ceil(r.right), Math.ceil(f.x + f.width));
    const y0 = Math.max(Math.floor(r.top), Math.floor(f.y));
    const y1 = Math.min(Math.ceil(r.bottom), Math.ceil(f.y + f.height));
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) covered.add(y * 100_000 + x);
  }
  return covered.size;
}

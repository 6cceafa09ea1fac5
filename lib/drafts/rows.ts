import type { DraftSummary, TenderView } from '../messages/views';

/**
 * The drafts manager's list as flat rows (a tender heading, then its drafts), so the list can be virtualised:
 * only the rows in view are rendered. Pure.
 */
export type ManagerRow =
  | { kind: 'tender'; id: string; tender: TenderView | null; count: number }
  | { kind: 'draft'; id: string; draft: DraftSummary; foundIn: string | null };

/** Group drafts by tender; tenders with the most recently changed draft first, drafts newest first. */
export function groupRows(
  tenders: TenderView[],
  drafts: DraftSummary[],
  hits: Map<string, string> | null,
): ManagerRow[] {
  const tenderById = new Map(tenders.map((t) => [t.id, t]));
  const groups = new Map<string, DraftSummary[]>();
  for (const draft of [...drafts].sort((a, b) => b.updatedAt - a.updatedAt)) {
    if (hits && !hits.has(draft.key)) continue;
    const group = groups.get(draft.tenderId);
    if (group) group.push(draft);
    else groups.set(draft.tenderId, [draft]);
  }
  const rows: ManagerRow[] = [];
  for (const [tenderId, group] of groups) {
    rows.push({
      kind: 'tender',
      id: `tender:${tenderId}`,
      tender: tenderById.get(tenderId) ?? null,
      count: group.length,
    });
    for (const draft of group)
      rows.push({ kind: 'draft', id: draft.key, draft, foundIn: hits?.get(draft.key) ?? null });
  }
  return rows;
}

/** The rows to render for a scroll position: those in view plus `overscan` either side. */
export function visibleRange(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  total: number,
  overscan = 6,
): { start: number; end: number } {
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const start = Math.max(0, first - overscan);
  const end = Math.min(total, first + Math.ceil(viewport / rowHeight) + overscan);
  return { start, end };
}

/** How a tender is named in the list: its title, else its reference, else where it was found. */
export function tenderLabel(row: { tender: TenderView | null; id: string }): string {
  const t = row.tender;
  if (t?.title && t.reference) return `${t.title} (${t.reference})`;
  if (t?.title) return t.title;
  if (t?.reference) return t.reference;
  const id = row.id.replace(/^tender:/, '');
  return id.includes('|path:') ? `Page ${id.split('|path:')[1]}` : id;
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { portalName } from '@/lib/portals/names';
import { tenderLabel, visibleRange, type ManagerRow } from '@/lib/drafts/rows';
import { when } from './draft-time';

export const ROW_HEIGHT = 60;
const LIST_HEIGHT = 520;

const FOUND_IN: Record<string, string> = {
  question: 'found in the question',
  tender: 'found in the tender',
  revision: 'found in an older version',
  several: 'found across fields',
};

/** The virtualised list: only the rows in view are in the DOM. Arrow keys, Home and End move between drafts. */
export function DraftList({
  rows,
  selected,
  onSelect,
}: {
  rows: ManagerRow[];
  selected: string | null;
  onSelect: (key: string) => void;
}) {
  const viewport = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const { start, end } = visibleRange(scrollTop, LIST_HEIGHT, ROW_HEIGHT, rows.length);

  useEffect(() => {
    if (focusIndex === null) return;
    viewport.current?.querySelector<HTMLButtonElement>(`[data-row="${focusIndex}"]`)?.focus();
    setFocusIndex(null);
  });

  const moveTo = (index: number) => {
    const el = viewport.current;
    if (!el) return;
    const top = index * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    setScrollTop(el.scrollTop);
    setFocusIndex(index);
  };
  const nextDraft = (from: number, step: 1 | -1): number | null => {
    for (let i = from + step; i >= 0 && i < rows.length; i += step) if (rows[i]!.kind === 'draft') return i;
    return null;
  };
  const onKey = (index: number) => (event: KeyboardEvent) => {
    let target: number | null = null;
    if (event.key === 'ArrowDown') target = nextDraft(index, 1);
    else if (event.key === 'ArrowUp') target = nextDraft(index, -1);
    else if (event.key === 'Home') target = nextDraft(-1, 1);
    else if (event.key === 'End') target = nextDraft(rows.length, -1);
    else return;
    event.preventDefault();
    if (target !== null) moveTo(target);
  };

  const draftCount = rows.filter((r) => r.kind === 'draft').length;
  return (
    <div
      class="svl-list"
      ref={viewport}
      style={{ height: `${LIST_HEIGHT}px` }}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      data-testid="drafts-list"
    >
      <ul
        aria-label={`Drafts by tender, ${draftCount} drafts. Use the arrow keys to move between them.`}
        style={{ height: `${rows.length * ROW_HEIGHT}px` }}
      >
        {rows.slice(start, end).map((row, i) => {
          const index = start + i;
          const style = { top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` };
          if (row.kind === 'tender') {
            return (
              <li key={row.id} class="svl-row tender" style={style} data-testid="drafts-tender">
                <h2>{tenderLabel(row)}</h2>
                <span class="meta">
                  {portalName(row.tender?.portalId ?? row.id.split('|')[0]!.replace('tender:', ''))}
                  {row.tender?.deadline ? ` · deadline ${row.tender.deadline}` : ''} · {row.count}{' '}
                  {row.count === 1 ? 'draft' : 'drafts'}
                </span>
              </li>
            );
          }
          const d = row.draft;
          return (
            <li key={row.id} class="svl-row draft" style={style}>
              <button
                type="button"
                data-row={index}
                data-testid="drafts-row"
                aria-current={selected === d.key ? 'true' : undefined}
                onClick={() => onSelect(d.key)}
                onKeyDown={onKey(index)}
              >
                <span class="question">{d.question || 'Untitled question'}</span>
                <span class="meta">
                  {d.words} words · {when(d.updatedAt)}
                  {d.submittedAt ? ' · submitted' : ''}
                  {d.questionMissing && d.questionLastSeen
                    ? ` · question not on its page since ${when(d.questionLastSeen)}`
                    : ''}
                  {row.foundIn && FOUND_IN[row.foundIn] ? ` · ${FOUND_IN[row.foundIn]}` : ''}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

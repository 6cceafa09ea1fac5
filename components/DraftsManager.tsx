import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { portalName } from '@/lib/portals/names';
import type {
  DraftDetail,
  DraftSettings,
  DraftSummary,
  Failure,
  MessageType,
  PayloadArgs,
  ReplyData,
  RevisionView,
  Send,
  TenderView,
} from '@/lib/messages';
import { diffStats, wordDiff } from '@/lib/drafts/diff';
import { revisionReasonLabel } from '@/lib/drafts/revision-reasons';
import { groupRows, tenderLabel, visibleRange, type ManagerRow } from '@/lib/drafts/rows';

/**
 * The drafts manager: every draft grouped by tender, full-text search, each draft's history with a readable
 * diff and restore, copy, delete with undo, mark as submitted, retention, export all and delete everything.
 * Used by the full page (drafts.html) and the side panel. All page text is rendered as text, never HTML.
 */
export type { Send };

export interface DraftsManagerProps {
  send: Send;
  /** Side panel: narrower layout. */
  compact?: boolean;
  /** Link to the full page, shown in the side panel. */
  fullPageUrl?: string;
}

export const ROW_HEIGHT = 60;
const LIST_HEIGHT = 520;

const FOUND_IN: Record<string, string> = {
  question: 'found in the question',
  tender: 'found in the tender',
  revision: 'found in an older version',
  several: 'found across fields',
};

function when(time: number): string {
  return new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function DraftsManager({ send, compact = false, fullPageUrl }: DraftsManagerProps) {
  const [tenders, setTenders] = useState<TenderView[]>([]);
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Map<string, string> | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [detail, setDetail] = useState<DraftDetail | null>(null);
  const [revisions, setRevisions] = useState<RevisionView[]>([]);
  const [status, setStatus] = useState('');
  const [undoKey, setUndoKey] = useState<string | null>(null);
  const [confirmAll, setConfirmAll] = useState(false);
  const [settings, setSettings] = useState<DraftSettings | null>(null);
  const [error, setError] = useState('');

  const ask = useCallback(
    async <T extends MessageType>(type: T, ...payload: PayloadArgs<T>): Promise<({ ok: true } & ReplyData<T>) | null> => {
      const answer = await send(type, ...payload).catch((e: unknown): Failure => ({ ok: false, error: `Social Value Lens is not responding (${String(e)}).` }));
      if (!answer.ok) {
        setError(answer.error);
        return null;
      }
      setError('');
      return answer;
    },
    [send],
  );

  const reload = useCallback(async () => {
    const answer = await ask('drafts:list');
    if (answer) {
      setTenders(answer.tenders);
      setDrafts(answer.drafts);
    }
  }, [ask]);

  const loadHistory = useCallback(
    async (key: string) => {
      const answer = await ask('drafts:history', { key });
      setDetail(answer?.detail ?? null);
      setRevisions(answer?.revisions ?? []);
    },
    [ask],
  );

  useEffect(() => {
    void reload();
    void ask('drafts:settings').then((a) => a && setSettings(a.settings));
  }, [reload, ask]);

  // Search as the user types, after a short pause.
  useEffect(() => {
    if (query.trim() === '') {
      setHits(null);
      return;
    }
    const timer = setTimeout(() => {
      void ask('drafts:search', { query }).then((answer) => {
        if (answer) setHits(new Map(answer.hits.map((h) => [h.key, h.in])));
      });
    }, 120);
    return () => clearTimeout(timer);
  }, [query, ask, drafts]);

  useEffect(() => {
    if (selected) void loadHistory(selected);
    else {
      setDetail(null);
      setRevisions([]);
    }
  }, [selected, loadHistory]);

  const rows = useMemo(() => (drafts ? groupRows(tenders, drafts, hits) : []), [tenders, drafts, hits]);
  const shownDrafts = rows.filter((r) => r.kind === 'draft').length;

  const act = async <T extends MessageType>(done: string, type: T, ...payload: PayloadArgs<T>) => {
    const answer = await ask(type, ...payload);
    if (!answer) return false;
    setStatus(done);
    await reload();
    return true;
  };

  const remove = async (key: string) => {
    if (await act('Draft deleted.', 'drafts:delete', { key })) {
      setUndoKey(key);
      setSelected(null);
    }
  };
  const undo = async () => {
    if (!undoKey) return;
    const key = undoKey;
    if (await act('Draft brought back.', 'drafts:undelete', { key })) {
      setUndoKey(null);
      setSelected(key);
    }
  };
  const restore = async (revision: RevisionView) => {
    if (!detail) return;
    const done = `Restored the version from ${when(revision.savedAt)}. The text it replaced is kept in the history.`;
    if (await act(done, 'drafts:restore', { key: detail.key, revisionId: revision.id })) {
      await loadHistory(detail.key);
    }
  };
  const copy = async () => {
    if (!detail) return;
    try {
      await navigator.clipboard.writeText(detail.text);
      setStatus('Draft copied.');
    } catch {
      setStatus('Copying was not allowed here; select the text and copy it instead.');
    }
  };
  const toggleSubmitted = async () => {
    if (!detail) return;
    const submitted = detail.submittedAt === 0;
    if (await act(submitted ? 'Marked as submitted.' : 'Marked as not submitted.', 'drafts:mark-submitted', { key: detail.key, submitted })) {
      await loadHistory(detail.key);
    }
  };
  const exportAll = async () => {
    const answer = await ask('drafts:export');
    if (!answer) return;
    const blob = new Blob([JSON.stringify(answer.exported, null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `social-value-drafts-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus('All drafts exported as a JSON file.');
  };
  const deleteAll = async () => {
    if (await act('Every draft was deleted.', 'drafts:delete-all', { confirm: 'delete everything' })) {
      setConfirmAll(false);
      setSelected(null);
      setUndoKey(null);
    }
  };

  return (
    <div class={compact ? 'svl-manager compact' : 'svl-manager'}>
      <header class="svl-manager-head">
        <h1>Your drafts</h1>
        {fullPageUrl && (
          <a href={fullPageUrl} target="_blank" rel="noopener">
            Open in a tab
          </a>
        )}
      </header>
      <div class="svl-toolbar">
        <label for="svl-search">Search drafts</label>
        <input
          id="svl-search"
          type="search"
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          data-testid="drafts-search"
        />
        <p class="svl-count" aria-live="polite" data-testid="drafts-count">
          {drafts === null ? 'Loading drafts…' : hits ? `${shownDrafts} of ${drafts.length} drafts match` : `${drafts.length} drafts`}
        </p>
      </div>
      <p role="status" class="svl-status" data-testid="drafts-status">
        {status}
      </p>
      {undoKey && (
        <button type="button" onClick={() => void undo()} data-testid="drafts-undo">
          Undo delete
        </button>
      )}
      {error && (
        <p role="alert" class="svl-error">
          {error}
        </p>
      )}
      <div class="svl-columns">
        <DraftList rows={rows} selected={selected} onSelect={setSelected} />
        <section class="svl-detail" aria-label="Selected draft" data-testid="drafts-detail">
          {detail ? (
            <DraftView
              detail={detail}
              revisions={revisions}
              onCopy={() => void copy()}
              onDelete={() => void remove(detail.key)}
              onSubmitted={() => void toggleSubmitted()}
              onRestore={(r) => void restore(r)}
            />
          ) : (
            <p class="hint">{drafts?.length === 0 ? 'No drafts yet. Answers you type on a tender portal appear here.' : 'Choose a draft to see it and its history.'}</p>
          )}
        </section>
      </div>
      <footer class="svl-footer">
        <h2>Keeping and removing drafts</h2>
        <RetentionSetting settings={settings} onSave={async (days) => {
          const answer = await ask('drafts:settings', { retentionDays: days });
          if (answer?.settings) {
            setSettings(answer.settings);
            setStatus(days === null ? 'Drafts are kept until you delete them.' : `Drafts are kept ${days} days after the tender deadline.`);
          }
        }} />
        <div class="svl-actions">
          <button type="button" onClick={() => void exportAll()}>
            Export all drafts
          </button>
          <button type="button" class="danger" aria-expanded={confirmAll} onClick={() => setConfirmAll(!confirmAll)}>
            Delete everything…
          </button>
        </div>
        {confirmAll && (
          <div class="svl-confirm" role="group" aria-labelledby="svl-confirm-text">
            <p id="svl-confirm-text">This deletes every draft and all its history from this browser. It cannot be undone. Export first if you may need them.</p>
            <button type="button" class="danger" onClick={() => void deleteAll()} data-testid="drafts-delete-all-confirm">
              Yes, delete everything
            </button>{' '}
            <button type="button" onClick={() => setConfirmAll(false)}>
              Cancel
            </button>
          </div>
        )}
      </footer>
    </div>
  );
}

/** The virtualised list: only the rows in view are in the DOM. Arrow keys, Home and End move between drafts. */
function DraftList({ rows, selected, onSelect }: { rows: ManagerRow[]; selected: string | null; onSelect: (key: string) => void }) {
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
      <ul aria-label={`Drafts by tender, ${draftCount} drafts. Use the arrow keys to move between them.`} style={{ height: `${rows.length * ROW_HEIGHT}px` }}>
        {rows.slice(start, end).map((row, i) => {
          const index = start + i;
          const style = { top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` };
          if (row.kind === 'tender') {
            return (
              <li key={row.id} class="svl-row tender" style={style} data-testid="drafts-tender">
                <h2>{tenderLabel(row)}</h2>
                <span class="meta">
                  {portalName(row.tender?.portalId ?? row.id.split('|')[0]!.replace('tender:', ''))}
                  {row.tender?.deadline ? ` · deadline ${row.tender.deadline}` : ''} · {row.count} {row.count === 1 ? 'draft' : 'drafts'}
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
                  {d.questionMissing && d.questionLastSeen ? ` · question not on its page since ${when(d.questionLastSeen)}` : ''}
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

interface DraftViewProps {
  detail: DraftDetail;
  revisions: RevisionView[];
  onCopy: () => void;
  onDelete: () => void;
  onSubmitted: () => void;
  onRestore: (revision: RevisionView) => void;
}

function DraftView({ detail, revisions, onCopy, onDelete, onSubmitted, onRestore }: DraftViewProps) {
  const [diffFor, setDiffFor] = useState<number | null>(null);
  const safeUrl = /^https:\/\//i.test(detail.url) ? detail.url : null;
  return (
    <>
      <h2 data-testid="drafts-question">{detail.question || 'Untitled question'}</h2>
      <p class="meta">
        Last saved {when(detail.updatedAt)}
        {detail.submittedAt ? ` · marked as submitted ${when(detail.submittedAt)}` : ''}
        {safeUrl && (
          <>
            {' · '}
            <a href={safeUrl} target="_blank" rel="noopener noreferrer">
              Open the portal page
            </a>
          </>
        )}
      </p>
      <div class="svl-text" data-testid="drafts-text">
        {detail.text || '(empty)'}
      </div>
      <div class="svl-actions">
        <button type="button" onClick={onCopy}>
          Copy
        </button>
        <button type="button" onClick={onSubmitted} aria-pressed={detail.submittedAt > 0}>
          Submitted
        </button>
        <button type="button" class="danger" onClick={onDelete} data-testid="drafts-delete">
          Delete
        </button>
      </div>
      <h3>History</h3>
      {revisions.length === 0 ? (
        <p class="hint">No earlier versions.</p>
      ) : (
        <ol class="svl-history" data-testid="drafts-history">
          {revisions.map((revision) => {
            const parts = diffFor === revision.id ? wordDiff(revision.text, detail.text) : null;
            const stats = parts ? diffStats(parts) : null;
            return (
              <li key={revision.id} data-testid="drafts-revision">
                <span class="meta">
                  {when(revision.savedAt)} · {revisionReasonLabel(revision.reason)}
                  {revision.author ? ` · by ${revision.author}` : ''}
                </span>
                <p class="svl-revision-text">{revision.text}</p>
                <button type="button" aria-expanded={diffFor === revision.id} onClick={() => setDiffFor(diffFor === revision.id ? null : revision.id)}>
                  Changes since
                </button>{' '}
                <button type="button" onClick={() => onRestore(revision)} data-testid="drafts-restore">
                  Restore this version
                </button>
                {parts && stats && (
                  <div class="svl-diff" data-testid="drafts-diff">
                    <p class="meta">
                      From this version to the current text: {stats.added} words added, {stats.removed} removed.
                    </p>
                    <p>
                      {parts.map((part, i) =>
                        part.kind === 'same' ? (
                          <span key={i}>{part.text}</span>
                        ) : part.kind === 'added' ? (
                          <ins key={i}>
                            <span class="sr-only">[added: </span>
                            {part.text}
                            <span class="sr-only">]</span>
                          </ins>
                        ) : (
                          <del key={i}>
                            <span class="sr-only">[removed: </span>
                            {part.text}
                            <span class="sr-only">]</span>
                          </del>
                        ),
                      )}
                    </p>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}

function RetentionSetting({ settings, onSave }: { settings: DraftSettings | null; onSave: (days: number | null) => Promise<void> }) {
  const [value, setValue] = useState('');
  useEffect(() => {
    if (settings) setValue(settings.retentionDays === null ? '' : String(settings.retentionDays));
  }, [settings]);
  return (
    <form
      class="field"
      onSubmit={(e) => {
        e.preventDefault();
        const trimmed = value.trim();
        const days = trimmed === '' ? null : Math.max(0, Math.min(3650, Math.round(Number(trimmed))));
        if (trimmed !== '' && Number.isNaN(days)) return;
        void onSave(days);
      }}
    >
      <label for="svl-retention">Days to keep drafts after a tender's deadline</label>
      <p class="hint" id="svl-retention-hint">
        Leave empty to keep drafts until you delete them. Drafts of tenders with no known deadline are always kept.
      </p>
      <input
        id="svl-retention"
        type="number"
        min={0}
        max={3650}
        value={value}
        aria-describedby="svl-retention-hint"
        onInput={(e) => setValue((e.currentTarget as HTMLInputElement).value)}
      />{' '}
      <button type="submit">Save</button>
    </form>
  );
}

import type { Send } from '@/lib/messages';
import { DraftList } from './DraftList';
import { DraftsFooter } from './DraftsFooter';
import { DraftView } from './DraftView';
import { useDraftsManager } from './use-drafts-manager';

/**
 * The drafts manager: every draft grouped by tender, full-text search, each draft's history with a readable
 * diff and restore, copy, delete with undo, mark as submitted, retention, export all and delete everything.
 * Used by the full page (drafts.html) and the side panel. All page text is rendered as text, never HTML.
 * State and actions live in `use-drafts-manager.ts`; each section is its own component.
 */
export type { Send };
export { ROW_HEIGHT } from './DraftList';

export interface DraftsManagerProps {
  send: Send;
  /** Side panel: narrower layout. */
  compact?: boolean;
  /** Link to the full page, shown in the side panel. */
  fullPageUrl?: string;
}

export function DraftsManager({ send, compact = false, fullPageUrl }: DraftsManagerProps) {
  const m = useDraftsManager(send);
  const { drafts, detail } = m;
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
          value={m.query}
          onInput={(e) => m.setQuery((e.currentTarget as HTMLInputElement).value)}
          data-testid="drafts-search"
        />
        <p class="svl-count" aria-live="polite" data-testid="drafts-count">
          {drafts === null
            ? 'Loading drafts…'
            : m.hits
              ? `${m.shownDrafts} of ${drafts.length} drafts match`
              : `${drafts.length} drafts`}
        </p>
      </div>
      <p role="status" class="svl-status" data-testid="drafts-status">
        {m.status}
      </p>
      {m.undoKey && (
        <button type="button" onClick={() => void m.undo()} data-testid="drafts-undo">
          Undo delete
        </button>
      )}
      {m.error && (
        <p role="alert" class="svl-error">
          {m.error}
        </p>
      )}
      <div class="svl-columns">
        <DraftList rows={m.rows} selected={m.selected} onSelect={m.setSelected} />
        <section class="svl-detail" aria-label="Selected draft" data-testid="drafts-detail">
          {detail ? (
            <DraftView
              detail={detail}
              revisions={m.revisions}
              onCopy={() => void m.copy()}
              onDelete={() => void m.remove(detail.key)}
              onSubmitted={() => void m.toggleSubmitted()}
              onRestore={(r) => void m.restore(r)}
            />
          ) : (
            <p class="hint">
              {drafts?.length === 0
                ? 'No drafts yet. Answers you type on a tender portal appear here.'
                : 'Choose a draft to see it and its history.'}
            </p>
          )}
        </section>
      </div>
      <DraftsFooter
        settings={m.settings}
        onSaveRetention={m.saveRetention}
        onExportAll={() => void m.exportAll()}
        onDeleteAll={m.deleteAll}
      />
    </div>
  );
}

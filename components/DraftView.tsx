import type { DraftDetail, RevisionView } from '@/lib/messages';
import { when } from './draft-time';
import { DraftHistory } from './DraftHistory';

export interface DraftViewProps {
  detail: DraftDetail;
  revisions: RevisionView[];
  onCopy: () => void;
  onDelete: () => void;
  onSubmitted: () => void;
  onRestore: (revision: RevisionView) => void;
}

/** One draft: its question, text, actions (copy, submitted, delete) and its history. */
export function DraftView({ detail, revisions, onCopy, onDelete, onSubmitted, onRestore }: DraftViewProps) {
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
      <DraftHistory detail={detail} revisions={revisions} onRestore={onRestore} />
    </>
  );
}

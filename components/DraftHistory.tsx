import { useState } from 'preact/hooks';
import { diffStats, wordDiff } from '@/lib/drafts/diff';
import { revisionReasonLabel } from '@/lib/drafts/revision-reasons';
import type { DraftDetail, RevisionView } from '@/lib/messages';
import { when } from './draft-time';

/** A draft's earlier versions, newest first: each with a word diff to the current text on request, and restore. */
export function DraftHistory({
  detail,
  revisions,
  onRestore,
}: {
  detail: DraftDetail;
  revisions: RevisionView[];
  onRestore: (revision: RevisionView) => void;
}) {
  const [diffFor, setDiffFor] = useState<number | null>(null);
  if (revisions.length === 0) return <p class="hint">No earlier versions.</p>;
  return (
    <ol class="svl-history" data-testid="drafts-history">
      {revisions.map((revision) => (
        <li key={revision.id} data-testid="drafts-revision">
          <span class="meta">
            {when(revision.savedAt)} · {revisionReasonLabel(revision.reason)}
            {revision.author ? ` · by ${revision.author}` : ''}
          </span>
          <p class="svl-revision-text">{revision.text}</p>
          <button
            type="button"
            aria-expanded={diffFor === revision.id}
            onClick={() => setDiffFor(diffFor === revision.id ? null : revision.id)}
          >
            Changes since
          </button>{' '}
          <button type="button" onClick={() => onRestore(revision)} data-testid="drafts-restore">
            Restore this version
          </button>
          {diffFor === revision.id && <DraftDiff from={revision.text} to={detail.text} />}
        </li>
      ))}
    </ol>
  );
}

/** The word diff from an earlier version to the current text; insertions and deletions are announced to screen readers. */
function DraftDiff({ from, to }: { from: string; to: string }) {
  const parts = wordDiff(from, to);
  const stats = diffStats(parts);
  return (
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
  );
}

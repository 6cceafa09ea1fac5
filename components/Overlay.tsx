import type { LimitStatus } from '@/lib/counting';

export interface OverlayModel {
  words: number;
  chars: number;
  /** The limit the question states, with its unit, and where it came from. */
  limit: { unit: 'words' | 'chars'; value: number } | null;
  status: LimitStatus | null;
  theme: string;
  saved: { state: 'idle' | 'saving' | 'saved' | 'error'; at: number | null; error: string | null };
  /** A saved draft for an empty field: offer to put it back. */
  restore: { words: number; updatedAt: number } | null;
  /** A saved draft that differs from non-empty text in the field: say so, never overwrite. */
  differs: boolean;
}

export interface OverlayActions {
  onRestore: () => void;
}

const time = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function savedText(saved: OverlayModel['saved']): string {
  switch (saved.state) {
    case 'saving':
      return 'Saving…';
    case 'saved':
      return saved.at ? `Draft saved ${time(saved.at)}` : 'Draft saved';
    case 'error':
      return saved.error ?? 'Not saved';
    default:
      return 'Drafts are kept in this browser';
  }
}

/** The small badge beside a social value answer field. */
export function Overlay({ model, actions }: { model: OverlayModel; actions: OverlayActions }) {
  const { limit, status } = model;
  return (
    <div class="svl" data-state={status?.state ?? 'ok'} part="badge">
      <span class="theme" data-testid="svl-theme">
        {model.theme}
      </span>
      <span class="count" data-testid="svl-count" aria-hidden="true">
        {plural(model.words, 'word', 'words')}, {plural(model.chars, 'character', 'characters')}
      </span>
      {limit && (
        <span class="count" data-testid="svl-limit" aria-hidden="true">
          {status ? `${status.remaining < 0 ? 'over' : 'of'} ` : ''}
          limit {plural(limit.value, limit.unit === 'words' ? 'word' : 'character', limit.unit === 'words' ? 'words' : 'characters')}
          {status && status.remaining < 0 ? ` by ${(-status.remaining).toLocaleString('en-GB')}` : ''}
        </span>
      )}
      <span class="saved" data-testid="svl-saved" data-error={model.saved.state === 'error'}>
        {savedText(model.saved)}
      </span>
      {model.restore && (
        <button type="button" data-testid="svl-restore" onClick={actions.onRestore}>
          Restore draft ({plural(model.restore.words, 'word', 'words')}, {time(model.restore.updatedAt)})
        </button>
      )}
      {model.differs && <span class="note">A different saved draft exists</span>}
    </div>
  );
}

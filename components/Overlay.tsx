import type { LimitStatus } from '@/lib/counting';
import { GuidancePanel, type PanelActions, type PanelModel } from './GuidancePanel';
import { formatCount } from '@/lib/format-number';

export interface OverlayModel {
  words: number;
  chars: number;
  /** The limit the question states, with its unit. */
  limit: { unit: 'words' | 'chars'; value: number } | null;
  status: LimitStatus | null;
  /** Short theme name for the badge. */
  theme: string;
  saved: { state: 'idle' | 'saving' | 'saved' | 'error'; at: number | null; error: string | null };
  /** A saved draft for an empty field: offer to put it back. */
  restore: { words: number; updatedAt: number; fuzzy?: { score: number; question: string } | null } | null;
  /** Another tab saved a different text for this question: both versions are kept as revisions. */
  conflict: boolean;
  /** A saved draft that differs from non-empty text in the field: say so, never overwrite. */
  differs: boolean;
  /** Minutes typed since the page last saved or navigated, once past the user's threshold. */
  sessionRiskMinutes: number | null;
  /** Evidence reminders met / applicable, once analysed. */
  evidenceScore: { met: number; of: number } | null;
  panelOpen: boolean;
  panel: PanelModel | null;
  shortcut: string;
}

export interface OverlayActions extends PanelActions {
  onRestore: () => void;
  onToggle: () => void;
}

const time = (at: number) => new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

function savedText(saved: OverlayModel['saved']): string {
  switch (saved.state) {
    case 'saving':
      return 'Saving…';
    case 'saved':
      return saved.at ? `Saved ${time(saved.at)}` : 'Saved';
    case 'error':
      return saved.error ?? 'Not saved';
    default:
      return 'Saves as you type';
  }
}

function limitText(model: OverlayModel): string {
  const { limit, status } = model;
  if (!limit) return '';
  const unit = limit.unit === 'words' ? 'words' : 'characters';
  if (status && status.remaining < 0)
    return `${formatCount(-status.remaining)} over the ${formatCount(limit.value)} ${unit} limit`;
  return `of ${formatCount(limit.value)} ${unit}`;
}

/**
 * The badge beside a social value answer field, and the guidance panel it opens. Its controls are kept out of
 * the page's tab order (tabindex -1): keyboard users open the panel with the shortcut, which moves focus into it.
 */
export function Overlay({ model, actions }: { model: OverlayModel; actions: OverlayActions }) {
  return (
    <div class="wrap">
      <div class="svl" data-state={model.status?.state ?? 'ok'} part="badge">
        <button
          type="button"
          class="theme"
          tabIndex={-1}
          data-testid="svl-theme"
          aria-expanded={model.panelOpen}
          title={`Social value guidance (${model.shortcut})`}
          // A click opens guidance beside the page without taking the cursor out of the answer.
          onMouseDown={(event) => event.preventDefault()}
          onClick={actions.onToggle}
        >
          {model.theme}
        </button>
        <span class="count" data-testid="svl-count" aria-hidden="true">
          {plural(model.words, 'word', 'words')} · {plural(model.chars, 'char', 'chars')}
        </span>
        {model.limit && (
          <span class="count limit" data-testid="svl-limit" aria-hidden="true">
            {limitText(model)}
          </span>
        )}
        {model.evidenceScore && (
          <span class="evidence" data-testid="svl-evidence-score" title="Evidence reminders met">
            {model.evidenceScore.met}/{model.evidenceScore.of} evidence
          </span>
        )}
        <span class="saved" data-testid="svl-saved" data-error={model.saved.state === 'error'}>
          {savedText(model.saved)}
        </span>
        {model.sessionRiskMinutes !== null && (
          <span class="risk" data-testid="svl-session-risk">
            Typed for {model.sessionRiskMinutes} min since the portal last saved: save in the portal before it times
            out.
          </span>
        )}
        {model.restore && (
          <button type="button" class="restore" tabIndex={-1} data-testid="svl-restore" onClick={actions.onRestore}>
            Restore draft ({plural(model.restore.words, 'word', 'words')}, {time(model.restore.updatedAt)})
          </button>
        )}
        {model.restore?.fuzzy && (
          <span class="note" data-testid="svl-fuzzy">
            saved for a slightly different wording ({Math.round(model.restore.fuzzy.score * 100)}% match)
          </span>
        )}
        {model.differs && <span class="note">A different saved draft exists</span>}
        {model.conflict && (
          <span class="risk" data-testid="svl-conflict">
            Another tab changed this answer too: both versions are kept in the drafts manager.
          </span>
        )}
      </div>
      {model.panelOpen && model.panel && (
        <div class="panel-wrap">
          {model.restore && (
            <p class="panel-restore">
              <button type="button" class="restore" onClick={actions.onRestore}>
                Restore your saved draft ({plural(model.restore.words, 'word', 'words')})
              </button>
            </p>
          )}
          <GuidancePanel model={model.panel} actions={actions} />
        </div>
      )}
    </div>
  );
}

import { useState } from 'preact/hooks';
import type { DraftSettings } from '@/lib/messages';
import { RetentionSetting } from './DraftRetention';

/** Keeping and removing drafts: retention, export all, and delete everything behind a confirmation. */
export function DraftsFooter(props: {
  settings: DraftSettings | null;
  onSaveRetention: (days: number | null) => Promise<void>;
  onExportAll: () => void;
  /** Resolves true when everything was deleted. */
  onDeleteAll: () => Promise<boolean>;
}) {
  const [confirmAll, setConfirmAll] = useState(false);
  const deleteAll = async () => {
    if (await props.onDeleteAll()) setConfirmAll(false);
  };
  return (
    <footer class="svl-footer">
      <h2>Keeping and removing drafts</h2>
      <RetentionSetting settings={props.settings} onSave={props.onSaveRetention} />
      <div class="svl-actions">
        <button type="button" onClick={props.onExportAll}>
          Export all drafts
        </button>
        <button type="button" class="danger" aria-expanded={confirmAll} onClick={() => setConfirmAll(!confirmAll)}>
          Delete everything…
        </button>
      </div>
      {confirmAll && (
        <div class="svl-confirm" role="group" aria-labelledby="svl-confirm-text">
          <p id="svl-confirm-text">
            This deletes every draft and all its history from this browser. It cannot be undone. Export first if you may
            need them.
          </p>
          <button type="button" class="danger" onClick={() => void deleteAll()} data-testid="drafts-delete-all-confirm">
            Yes, delete everything
          </button>{' '}
          <button type="button" onClick={() => setConfirmAll(false)}>
            Cancel
          </button>
        </div>
      )}
    </footer>
  );
}

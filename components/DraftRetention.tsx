import { useEffect, useState } from 'preact/hooks';
import type { DraftSettings } from '@/lib/messages';

/** How many days after a tender's deadline drafts are kept; empty keeps them until deleted. */
export function RetentionSetting({
  settings,
  onSave,
}: {
  settings: DraftSettings | null;
  onSave: (days: number | null) => Promise<void>;
}) {
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

import { useState } from 'preact/hooks';
import { CATEGORY_IDS } from '@/lib/knowledge/ids';
import { PORTALS } from '@/lib/portals';
import type { Settings } from '@/lib/settings';
import { categoryTitle } from './theme-label';
import { useSettings } from './use-settings';

const SIZES: Array<[Settings['organisationSize'], string]> = [
  ['micro', 'Micro (fewer than 10 staff)'],
  ['small', 'Small (10 to 49 staff)'],
  ['medium', 'Medium (50 to 249 staff)'],
  ['large', 'Large (250 staff or more)'],
];

export function Options() {
  const [settings, save] = useSettings();
  const [message, setMessage] = useState('');
  if (!settings) return <main class="page">Loading…</main>;

  const update = async (next: Settings) => {
    await save(next);
    setMessage('Settings saved.');
  };
  const togglePortal = (id: string, on: boolean) =>
    update({
      ...settings,
      disabledPortals: on ? settings.disabledPortals.filter((p) => p !== id) : [...settings.disabledPortals, id],
    });

  return (
    <main class="page options">
      <h1>Social Value Lens settings</h1>
      <p>Everything here stays in this browser. Social Value Lens makes no network requests.</p>
      <form onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label for="category">What technology do you supply?</label>
          <select
            id="category"
            value={settings.category}
            onChange={(event) => void update({ ...settings, category: event.currentTarget.value as Settings['category'] })}
          >
            {CATEGORY_IDS.map((id) => (
              <option value={id} key={id}>
                {categoryTitle(id)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="size">Organisation size</label>
          <select
            id="size"
            value={settings.organisationSize}
            onChange={(event) =>
              void update({ ...settings, organisationSize: event.currentTarget.value as Settings['organisationSize'] })
            }
          >
            {SIZES.map(([id, label]) => (
              <option value={id} key={id}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend>Portals</legend>
          <p class="hint">Switch Social Value Lens off on a portal where you do not want it.</p>
          {PORTALS.map((portal) => (
            <div class="check" key={portal.id}>
              <input
                type="checkbox"
                id={`portal-${portal.id}`}
                checked={!settings.disabledPortals.includes(portal.id)}
                onChange={(event) => void togglePortal(portal.id, event.currentTarget.checked)}
              />
              <label for={`portal-${portal.id}`}>{portal.name}</label>
            </div>
          ))}
        </fieldset>
        <div class="check">
          <input
            type="checkbox"
            id="paused"
            checked={settings.paused}
            onChange={(event) => void update({ ...settings, paused: event.currentTarget.checked })}
          />
          <label for="paused">Pause Social Value Lens on every site</label>
        </div>
      </form>
      <p role="status" data-testid="options-status">
        {message}
      </p>
    </main>
  );
}

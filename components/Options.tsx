import { useState } from 'preact/hooks';
import { PORTALS } from '@/lib/portals';
import { SHORTCUTS, type Settings } from '@/lib/settings';
import { MODELS } from '@/lib/knowledge/models';
import { OverlayPreview } from './OverlayPreview';
import { RelevanceRatings } from './RelevanceRatings';
import { CATEGORIES, RELEVANCE_PROVENANCE } from '@/lib/knowledge/relevance';
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
      <p>
        Everything here stays in this browser. Social Value Lens makes no network requests.{' '}
        <a href="/privacy.html">What is stored, and for how long</a>
      </p>
      <form onSubmit={(event) => event.preventDefault()}>
        <div class="field">
          <label for="category">What technology do you supply?</label>
          <select
            id="category"
            value={settings.category}
            onChange={(event) => void update({ ...settings, category: event.currentTarget.value as Settings['category'] })}
          >
            {CATEGORIES.map((category) => (
              <option value={category.id} key={category.id}>
                {category.title}
              </option>
            ))}
          </select>
        </div>
        <p class="hint" id="category-hint">
          {CATEGORIES.find((c) => c.id === settings.category)?.description} Relevance ratings are {RELEVANCE_PROVENANCE.label}.
        </p>
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
        <div class="field">
          <label for="model">Which Social Value Model do your tenders use?</label>
          <select
            id="model"
            value={settings.modelPreference}
            onChange={(event) =>
              void update({ ...settings, modelPreference: event.currentTarget.value as Settings['modelPreference'] })
            }
          >
            <option value="auto">Work it out from the question and the procurement date</option>
            {MODELS.map((model) => (
              <option value={model.id} key={model.id}>
                Always {model.title}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="shortcut">Keyboard shortcut to open guidance for the field you are typing in</label>
          <select
            id="shortcut"
            value={settings.shortcut}
            onChange={(event) => void update({ ...settings, shortcut: event.currentTarget.value as Settings['shortcut'] })}
          >
            {SHORTCUTS.map((shortcut) => (
              <option value={shortcut} key={shortcut}>
                {shortcut}
              </option>
            ))}
          </select>
          <p class="hint">Escape closes the guidance and puts you back in the field.</p>
        </div>
        <div class="field">
          <label for="nudge">Warn me when I have typed this many minutes without the portal saving</label>
          <input
            id="nudge"
            type="number"
            min={5}
            max={240}
            value={settings.sessionNudgeMinutes}
            onChange={(event) => {
              const minutes = Number(event.currentTarget.value);
              if (Number.isInteger(minutes) && minutes >= 5 && minutes <= 240) void update({ ...settings, sessionNudgeMinutes: minutes });
            }}
          />
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
      <RelevanceRatings settings={settings} update={update} />
      <h2>Preview</h2>
      <p class="hint">How the badge and guidance look beside a social value answer, with these settings.</p>
      <OverlayPreview settings={settings} />
    </main>
  );
}

import { useState } from 'preact/hooks';
import { SHORTCUTS, type Settings } from '@/lib/settings';
import { MODELS } from '@/lib/knowledge/models';
import { OverlayPreview } from './OverlayPreview';
import { RelevanceRatings } from './RelevanceRatings';
import { CATEGORIES, RELEVANCE_PROVENANCE } from '@/lib/knowledge/relevance';
import { useSettings } from './use-settings';
import { SettingSelect } from './SettingSelect';
import { PortalSwitches } from './PortalSwitches';

const SIZES: Array<[Settings['organisationSize'], string]> = [
  ['micro', 'Micro (fewer than 10 staff)'],
  ['small', 'Small (10 to 49 staff)'],
  ['medium', 'Medium (50 to 249 staff)'],
  ['large', 'Large (250 staff or more)'],
];

const MODEL_CHOICES: Array<[Settings['modelPreference'], string]> = [
  ['auto', 'Work it out from the question and the procurement date'],
  ...MODELS.map((model): [Settings['modelPreference'], string] => [model.id, `Always ${model.title}`]),
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
        <SettingSelect
          id="category"
          label="What technology do you supply?"
          value={settings.category}
          options={CATEGORIES.map((category) => [category.id, category.title] as const)}
          onChange={(category) => void update({ ...settings, category })}
        />
        <p class="hint" id="category-hint">
          {CATEGORIES.find((c) => c.id === settings.category)?.description} Relevance ratings are{' '}
          {RELEVANCE_PROVENANCE.label}.
        </p>
        <SettingSelect
          id="size"
          label="Organisation size"
          value={settings.organisationSize}
          options={SIZES}
          onChange={(organisationSize) => void update({ ...settings, organisationSize })}
        />
        <SettingSelect
          id="model"
          label="Which Social Value Model do your tenders use?"
          value={settings.modelPreference}
          options={MODEL_CHOICES}
          onChange={(modelPreference) => void update({ ...settings, modelPreference })}
        />
        <SettingSelect
          id="shortcut"
          label="Keyboard shortcut to open guidance for the field you are typing in"
          value={settings.shortcut}
          options={SHORTCUTS.map((shortcut) => [shortcut, shortcut] as const)}
          onChange={(shortcut) => void update({ ...settings, shortcut })}
        >
          <p class="hint">
            The shortcut opens guidance and leaves the cursor in your answer; press it again to move into the side
            panel. Escape, in the side panel or the guidance beside the field, closes it and puts you back where you
            were typing.
          </p>
        </SettingSelect>
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
              if (Number.isInteger(minutes) && minutes >= 5 && minutes <= 240)
                void update({ ...settings, sessionNudgeMinutes: minutes });
            }}
          />
        </div>
        <PortalSwitches disabled={settings.disabledPortals} onToggle={(id, on) => void togglePortal(id, on)} />
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

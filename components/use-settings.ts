import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { parseSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';

/** Settings from storage.local, kept current, with a saver that validates before writing. */
export function useSettings(): [Settings | null, (next: Settings) => Promise<void>] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void browser.storage.local.get(SETTINGS_KEY).then((stored) => setSettings(parseSettings(stored[SETTINGS_KEY])));
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[SETTINGS_KEY]) setSettings(parseSettings(changes[SETTINGS_KEY].newValue));
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  const save = async (next: Settings) => {
    const valid = parseSettings(next);
    setSettings(valid);
    await browser.storage.local.set({ [SETTINGS_KEY]: valid });
  };
  return [settings, save];
}

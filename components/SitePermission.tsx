import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import { coverage, originPattern } from '@/lib/sites';
import { unreachable } from '@/lib/messages';
import { send } from './send';
import type { Settings } from '@/lib/settings';

/**
 * "Use on this site" for a page that is not a listed portal: asks the browser for that one origin's permission,
 * then registers the content script there. "Stop using on this site" undoes both.
 */
export function SitePermission(props: {
  tab: { id?: number; url?: string } | null;
  settings: Settings;
  save: (next: Settings) => Promise<void>;
}) {
  const [message, setMessage] = useState('');
  const { tab, settings, save } = props;
  const state = coverage(tab?.url, settings.extraSites);
  if (!tab?.url || state === 'portal' || state === 'unsupported') return null;
  const origin = new URL(tab.url).origin;

  const sync = () => send('sites:sync', tab.id === undefined ? {} : { tabId: tab.id }).catch(unreachable);

  const add = async () => {
    // The request must come straight from the click, before any other await, or the browser refuses it.
    const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
    if (!granted) {
      setMessage('Permission was not given, so nothing changed.');
      return;
    }
    await save({ ...settings, extraSites: [...new Set([...settings.extraSites, origin])] });
    const answer = await sync();
    setMessage(answer.ok ? `Social Value Lens now runs on ${origin}.` : answer.error);
  };

  const remove = async () => {
    await save({ ...settings, extraSites: settings.extraSites.filter((site) => site !== origin) });
    await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
    await sync();
    setMessage(`Switched off on ${origin}. Reload the page to remove the badges.`);
  };

  return (
    <section aria-labelledby="this-site">
      <h2 id="this-site">This site</h2>
      {state === 'none' ? (
        <button type="button" onClick={() => void add()} data-testid="popup-use-site">
          Use on this site
        </button>
      ) : (
        <button type="button" onClick={() => void remove()} data-testid="popup-stop-site">
          Stop using on this site
        </button>
      )}
      <p role="status">{message}</p>
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PAGE_STATUS_REQUEST, pageStatusSchema, type PageStatus } from '@/lib/messages';
import { send } from './send';
import { useSettings } from './use-settings';
import { SitePermission } from './SitePermission';

/** Which tab to report on: the active tab, or `?tabId=` when the popup is opened as a page. */
async function targetTab(): Promise<{ id?: number; url?: string } | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return browser.tabs.get(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}

export function Popup() {
  const [status, setStatus] = useState<PageStatus | null | undefined>(undefined);
  const [drafts, setDrafts] = useState<number | null>(null);
  const [settings, saveSettings] = useSettings();
  const [tab, setTab] = useState<{ id?: number; url?: string } | null>(null);

  useEffect(() => {
    void targetTab()
      .then((found) => {
        setTab(found);
        return found?.id === undefined ? null : browser.tabs.sendMessage(found.id, PAGE_STATUS_REQUEST);
      })
      .then((answer) => setStatus(pageStatusSchema.safeParse(answer).data ?? null))
      .catch(() => setStatus(null)); // no content script: not a portal we recognise
    void send('drafts:count').then(
      (answer) => setDrafts(answer.ok ? answer.count : null),
      () => setDrafts(null),
    );
  }, []);

  return (
    <main class="page popup">
      <h1>Social Value Lens</h1>
      <section aria-labelledby="this-page" data-testid="popup-status">
        <h2 id="this-page">This page</h2>
        {status === undefined && <p>Checking…</p>}
        {status === null && <p data-testid="popup-portal">Not a portal Social Value Lens recognises.</p>}
        {status && (
          <dl>
            <dt>Portal</dt>
            <dd data-testid="popup-portal">
              {status.portal}
              {status.paused ? ' (switched off)' : ''}
            </dd>
            <dt>Answer fields found</dt>
            <dd data-testid="popup-fields">{status.fieldsFound}</dd>
            <dt>Social value questions</dt>
            <dd data-testid="popup-sv-fields">{status.socialValueFields}</dd>
          </dl>
        )}
        {status && !!status.fieldsWaiting && (
          <p data-testid="popup-waiting">{status.fieldsWaiting} more fields are checked as you scroll to them.</p>
        )}
        {status?.fieldCap && (
          <p class="warn" data-testid="popup-cap">
            This page has more than {status.fieldCap} answer fields: Social Value Lens looked at the first{' '}
            {status.fieldCap} only.
          </p>
        )}
      </section>
      <section aria-labelledby="drafts">
        <h2 id="drafts">Drafts</h2>
        <p data-testid="popup-drafts">
          {drafts === null ? 'Drafts are not available right now.' : `${drafts} saved in this browser`}
        </p>
      </section>
      {settings && <SitePermission tab={tab} settings={settings} save={saveSettings} />}
      {settings && (
        <p>
          <label>
            <input
              type="checkbox"
              checked={settings.paused}
              onChange={(event) => void saveSettings({ ...settings, paused: event.currentTarget.checked })}
            />{' '}
            Pause on every site
          </label>
        </p>
      )}
      <nav aria-label="Social Value Lens pages">
        <ul class="links">
          <li>
            <a href={browser.runtime.getURL('/drafts.html')} target="_blank" rel="noopener">
              Your drafts
            </a>
          </li>
          <li>
            <a href={browser.runtime.getURL('/packs.html')} target="_blank" rel="noopener">
              Packs and evidence library
            </a>
          </li>
          <li>
            <a href={browser.runtime.getURL('/checker.html')} target="_blank" rel="noopener">
              Question checker (for buyers)
            </a>
          </li>
          <li>
            <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
              Settings
            </a>
          </li>
          <li>
            <a href={browser.runtime.getURL('/privacy.html')} target="_blank" rel="noopener">
              Your privacy: what is stored, nothing sent
            </a>
          </li>
        </ul>
      </nav>
    </main>
  );
}

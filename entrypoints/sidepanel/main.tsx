import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DraftsManager } from '@/components/DraftsManager';
import { send } from '@/components/send';
import '@/components/extension-page.css';
import '@/components/DraftsManager.css';

/** The drafts manager in Chrome's side panel (Firefox: the sidebar), with a link to the full page. */
render(<DraftsManager send={send} compact fullPageUrl={browser.runtime.getURL('/drafts.html')} />, document.getElementById('app')!);

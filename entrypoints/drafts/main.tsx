import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DraftsManager } from '@/components/DraftsManager';
import type { Message, Response } from '@/lib/messages';
import '@/components/extension-page.css';
import '@/components/DraftsManager.css';

const send = (message: Message) => browser.runtime.sendMessage(message) as Promise<Response>;

render(<DraftsManager send={send} />, document.getElementById('app')!);

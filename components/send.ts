import { browser } from 'wxt/browser';
import { createSend } from '@/lib/messages';

/**
 * The one typed `send` for every caller (extension pages and content scripts): `send('drafts:list')`,
 * `send('draft:load', { key })`. The reply's type comes from the message's declaration (lib/messages/).
 */
export const send = createSend((message) => browser.runtime.sendMessage(message));

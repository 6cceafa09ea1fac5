import { browser } from 'wxt/browser';
import type { PackMessage } from '@/lib/packs/messages';

export type Answer<T> = ({ ok: true } & T) | { ok: false; error: string };

/** Send a pack: or evidence: message to the background, which owns the database. */
export async function sendPack<T = Record<string, never>>(message: PackMessage): Promise<Answer<T>> {
  try {
    const answer = (await browser.runtime.sendMessage(message)) as Answer<T> | undefined;
    return answer ?? { ok: false, error: 'The extension did not answer. Reload this page and try again.' };
  } catch (error) {
    return { ok: false, error: `The extension could not be reached (${error instanceof Error ? error.message : 'unknown error'}).` };
  }
}

import { describe, expect, it } from 'vitest';
import { SvlDatabase } from '@/lib/db';
import type { BackgroundPlatform } from '@/lib/messages/define';
import { handleMessage, NO_PLATFORM } from '@/lib/messages/router';
import { sidePanelKeySchema } from '@/lib/messages';

/**
 * Keyboard only (issue 13): the guidance key opens the side panel and leaves the cursor in the answer; pressed with
 * the panel open it takes the keyboard there. The background tells the panel when the key was pressed, and only
 * for the key, never for a click on the badge.
 */
const CONTENT = { url: 'https://www.find-tender.service.gov.uk/Notice/1', tabId: 3, frameId: 0 };
const db = new SvlDatabase(`side-panel-key-${Math.random()}`);

function platform(opens: boolean): BackgroundPlatform & { sent: unknown[]; openedFor: number[] } {
  const sent: unknown[] = [];
  const openedFor: number[] = [];
  return {
    ...NO_PLATFORM,
    sent,
    openedFor,
    openSidePanel(tabId) {
      openedFor.push(tabId);
      return opens ? Promise.resolve() : Promise.reject(new Error('no side panel'));
    },
    broadcast: (update) => void sent.push(update),
  };
}

describe('sidepanel:open', () => {
  it('by the key: opens the sender tab’s panel and tells the panel when the key was pressed', async () => {
    const p = platform(true);
    const before = Date.now();
    expect(await handleMessage(db, { type: 'sidepanel:open', key: true }, CONTENT, p)).toEqual({
      ok: true,
      opened: true,
    });
    expect(p.openedFor).toEqual([3]);
    expect(p.sent).toHaveLength(1);
    const key = sidePanelKeySchema.parse(p.sent[0]);
    expect(key.at).toBeGreaterThanOrEqual(before);
    expect(key.at).toBeLessThanOrEqual(Date.now());
  });

  it('by a click: opens the panel and leaves the keyboard where it is', async () => {
    const p = platform(true);
    expect(await handleMessage(db, { type: 'sidepanel:open' }, CONTENT, p)).toEqual({ ok: true, opened: true });
    expect(p.sent).toEqual([]);
  });

  it('where no side panel opens: answers opened false and tells nobody', async () => {
    const p = platform(false);
    expect(await handleMessage(db, { type: 'sidepanel:open', key: true }, CONTENT, p)).toEqual({
      ok: true,
      opened: false,
    });
    expect(p.sent).toEqual([]);
  });

  it('refuses anything else in the message, and extension pages', async () => {
    const p = platform(true);
    const odd = await handleMessage(db, { type: 'sidepanel:open', key: 'yes' }, CONTENT, p);
    expect(odd).toMatchObject({ ok: false });
    const fromPage = await handleMessage(db, { type: 'sidepanel:open', key: true }, { extensionPage: true }, p);
    expect(fromPage).toMatchObject({ ok: false });
    expect(p.openedFor).toEqual([]);
  });
});

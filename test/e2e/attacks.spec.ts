import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, overlayOf, readDraftsInExtension, readRevisionTexts, test } from './fixtures';

/**
 * A hostile page on a matched portal host: its scripts send synthetic events (a forged shortcut keydown, untrusted
 * `click()` on every control in the overlay's shadow roots) and a sibling subdomain forges the tender reference and
 * question of a real tender. Nothing of another origin's drafts may show, nothing may be inserted, nothing overwritten.
 */
const ORIGINAL = 'Original answer: we will hire 12 care leavers as apprentices and report quarterly.';

/** What a page script can see: the document's text plus every open shadow root's text. */
function pageVisibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a page script reads it
    const parts = [document.body.innerText];
    for (const host of document.querySelectorAll('*'))
      if (host.shadowRoot) parts.push(host.shadowRoot.textContent ?? '');
    for (const field of document.querySelectorAll('textarea, input')) parts.push((field as HTMLTextAreaElement).value);
    return parts.join('\n');
  });
}

/** The page's own script: a forged Alt+Shift+G, then untrusted clicks on every button of every overlay, three rounds. */
function attack(page: Page, fieldSelector: string): Promise<number> {
  return page.evaluate(async (selector) => {
    const field = document.querySelector(selector) as HTMLElement;
    const init = { key: 'G', code: 'KeyG', altKey: true, shiftKey: true, bubbles: true, composed: true };
    let clicked = 0;
    for (let round = 0; round < 3; round++) {
      field.focus();
      field.dispatchEvent(new KeyboardEvent('keydown', init));
      document.dispatchEvent(new KeyboardEvent('keydown', init));
      for (const host of document.querySelectorAll('svl-overlay')) {
        for (const button of host.shadowRoot?.querySelectorAll('button, summary') ?? []) {
          (button as HTMLElement).click();
          clicked++;
        }
        for (const select of host.shadowRoot?.querySelectorAll('select') ?? []) {
          (select as HTMLSelectElement).selectedIndex = (select as HTMLSelectElement).options.length - 1;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
    }
    return clicked;
  }, fieldSelector);
}

test('a page script with synthetic events cannot open guidance, restore, insert or reveal other origins’ drafts', async ({
  context,
  server,
  serviceWorker,
}) => {
  // The supplier's answer on Find a Tender.
  const first = await context.newPage();
  await first.goto(server.url('findTenderSocialValue'));
  await first.locator('#sv-jobs').fill(ORIGINAL);
  await expect((await overlayOf(first.locator('#sv-jobs'))).getByTestId('svl-saved')).toContainText('Saved');
  await first.close();

  // Another portal (Delta) with the same questions: the extension scanned it (badge present), the page attacks.
  const page = await context.newPage();
  await page.goto(server.url('deltaSameQuestions'));
  const field = page.locator('#sv-jobs');
  const overlay = await overlayOf(field);
  await expect(overlay.getByTestId('svl-theme')).toBeVisible();
  expect(await attack(page, '#sv-jobs')).toBeGreaterThan(0);
  await expect(overlay.getByTestId('svl-theme')).toHaveAttribute('aria-expanded', 'false');
  await expect(field).toHaveValue('');
  const seen = await pageVisibleText(page);
  expect(seen).not.toContain('care leavers as apprentices');
  expect(seen).not.toContain('find-tender');

  // The same origin, empty field, a restore offer: an untrusted click on it puts nothing in the field.
  const same = await context.newPage();
  await same.goto(server.url('findTenderSocialValue'));
  const sameField = same.locator('#sv-jobs');
  const sameOverlay = await overlayOf(sameField);
  await expect(sameOverlay.getByTestId('svl-restore')).toBeVisible();
  expect(await attack(same, '#sv-jobs')).toBeGreaterThan(0);
  await expect(sameField).toHaveValue('');
  await expect(sameOverlay.getByTestId('svl-theme')).toHaveAttribute('aria-expanded', 'false');
  expect(await pageVisibleText(same)).not.toContain('care leavers as apprentices');
  // The stored answer is unchanged; a real click still restores it.
  expect((await readDraftsInExtension(serviceWorker)).map((d) => d.text)).toContain(ORIGINAL);
  await sameOverlay.getByTestId('svl-restore').click();
  await expect(sameField).toHaveValue(ORIGINAL);
});

test('a sibling subdomain with a forged tender reference and question gets no draft, and cannot overwrite one', async ({
  context,
  server,
  serviceWorker,
}) => {
  const real = await context.newPage();
  await real.goto(server.url('findTenderSocialValue'));
  await real.locator('#sv-jobs').fill(ORIGINAL);
  await expect((await overlayOf(real.locator('#sv-jobs'))).getByTestId('svl-saved')).toContainText('Saved');
  await real.close();
  const realKeys = (await readDraftsInExtension(serviceWorker)).filter((d) => d.text === ORIGINAL).map((d) => d.key);
  expect(realKeys).toHaveLength(1);
  expect(realKeys[0]).toContain(`|${new URL(server.url('findTenderSocialValue')).origin}|`);

  // The same page, byte for byte, served on a sibling subdomain of the same portal.
  const forgedUrl = new URL(server.url('findTenderSocialValue'));
  forgedUrl.hostname = 'forged.find-tender.service.gov.uk';
  const html = fs.readFileSync(
    path.resolve(import.meta.dirname, '../fixtures/pages/find-tender-social-value.html'),
    'utf8',
  );
  await context.route(forgedUrl.href, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  const forged = await context.newPage();
  await forged.goto(forgedUrl.href);
  const field = forged.locator('#sv-jobs');
  const overlay = await overlayOf(field);
  await expect(overlay.getByTestId('svl-theme')).toBeVisible(); // scanned: the badge is there
  await expect(overlay.getByTestId('svl-restore')).toHaveCount(0);
  expect(await attack(forged, '#sv-jobs')).toBeGreaterThan(0);
  await expect(field).toHaveValue('');
  expect(await pageVisibleText(forged)).not.toContain('care leavers as apprentices');

  // The page writes its own text through an input event: it is saved under its own origin only.
  await forged.evaluate(() => {
    const box = document.querySelector('#sv-jobs') as HTMLTextAreaElement;
    box.value = 'Forged text';
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(overlay.getByTestId('svl-saved')).toContainText('Saved');
  const drafts = await readDraftsInExtension(serviceWorker);
  expect(drafts.find((d) => d.key === realKeys[0])?.text).toBe(ORIGINAL);
  const forgedDraft = drafts.find((d) => d.text === 'Forged text');
  expect(forgedDraft?.key).toContain(`|${forgedUrl.origin}|`);
});

test('with the side panel showing library text and other drafts, a page script can neither read nor insert them', async ({
  context,
  server,
  serviceWorker,
  extensionId,
}) => {
  test.setTimeout(60_000);
  const libraryText = 'Internal: our 2025 council contract took on 6 apprentices; 5 completed Level 3.';
  const first = await context.newPage();
  await first.goto(server.url('findTenderSocialValue'));
  await first.locator('#sv-jobs').fill(ORIGINAL);
  await expect((await overlayOf(first.locator('#sv-jobs'))).getByTestId('svl-saved')).toContainText('Saved');
  await first.close();

  const page = await context.newPage();
  await page.goto(server.url('deltaSameQuestions'));
  const field = page.locator('#sv-jobs');
  const overlay = await overlayOf(field);
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const saved = await panel.evaluate(
    (text) =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }
      ).chrome.runtime.sendMessage({
        type: 'evidence:save',
        item: {
          title: 'Apprentices last contract',
          text,
          figures: [],
          criterionIds: ['ppn002-1a', 'ppn0620-2.2', 'ppn0620-2.3'],
          categoryIds: [],
          owner: 'Bid team',
          reviewBy: null,
        },
      }),
    libraryText,
  );
  expect(saved.ok).toBe(true);
  await page.bringToFront();
  await field.click();
  await field.pressSequentially('Mine.');
  // The side panel shows both for this field.
  await expect(panel.getByTestId('sp-library-item')).toContainText(libraryText);
  await panel.getByTestId('sp-find-similar').click();
  await expect(panel.getByTestId('sp-similar-item')).toContainText('care leavers as apprentices');

  // The page script: synthetic events on every control it can reach, messages to any listener, and the extension API.
  expect(await attack(page, '#sv-jobs')).toBeGreaterThan(0);
  const reach = await page.evaluate(async (id) => {
    for (const data of [
      { type: 'sidepanel:insert', text: 'x' },
      { type: 'svl:insert', fieldId: 'svl-1', text: 'x', mode: 'append' },
      { type: 'drafts:similar', question: 'care leavers' },
    ]) {
      window.postMessage(data, '*');
      document.dispatchEvent(new CustomEvent('svl:insert', { detail: data }));
    }
    const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
    let sent = 'no runtime';
    if (typeof runtime?.sendMessage === 'function') {
      try {
        await (runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(id, {
          type: 'drafts:similar',
          question: 'care leavers',
        });
        sent = 'sent';
      } catch (error) {
        sent = String(error);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { sent, frames: document.querySelectorAll('iframe[src^="chrome-extension:"]').length };
  }, extensionId);
  expect(reach.sent).not.toBe('sent');
  expect(reach.frames).toBe(0);
  await expect(field).toHaveValue('Mine.');
  const seen = await pageVisibleText(page);
  expect(seen).not.toContain('care leavers as apprentices');
  expect(seen).not.toContain('Internal: our 2025 council contract');
  expect(seen).not.toContain('find-tender');
  await expect(overlay.getByTestId('svl-panel')).toHaveCount(0);
  // The stored answer elsewhere is as it was, and no revision of this field was made by the page.
  expect((await readDraftsInExtension(serviceWorker)).map((d) => d.text)).toContain(ORIGINAL);
  expect(await readRevisionTexts(serviceWorker)).not.toContain('Mine.');
});

import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect, readDraftsInExtension, readRevisionTexts, overlayOf } from './fixtures';
import { scanState } from './scan';

const overlayFor = (fieldId: string) => `svl-overlay[data-svl-for="${fieldId}"]`;

/** The popup, opened as a page, reporting on `page`'s tab (a real popup reports on the active tab). */
async function openPopupFor(
  page: Page,
  context: BrowserContext,
  serviceWorker: Worker,
  extensionId: string,
): Promise<Page> {
  await page.bringToFront();
  const tabId = await serviceWorker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } })
      .chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.id;
  });
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

test.describe('overlay on a Find a Tender social value page', () => {
  test('appears on the social value fields and on no other field', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(server.url('findTenderSocialValue'));
    await expect(page.locator('#sv-jobs')).toHaveAttribute('data-svl-field', /svl-\d+/);
    await expect(page.locator('#sv-environment')).toHaveAttribute('data-svl-field', /svl-\d+/);
    await expect(page.locator('svl-overlay')).toHaveCount(2);
    // The scan has seen every answer field on the page (the technical one included) and mounted what it found.
    await expect.poll(() => scanState(page)).toEqual({ fields: 4, settled: true });
    for (const id of ['technical-incidents', 'crp', 'contact-name']) {
      await expect(page.locator(`#${id}`)).not.toHaveAttribute('data-svl-field', /.*/);
    }
    const jobsId = await page.locator('#sv-jobs').getAttribute('data-svl-field');
    const overlay = page.locator(overlayFor(jobsId!));
    // Mounted in the one overlay layer at body level (fixed over the viewport, layout-contained), in an open shadow
    // root, not inside the portal's form.
    expect(
      await overlay.evaluate((el) => {
        const layer = el.parentElement;
        return (
          layer?.localName === 'svl-overlays' &&
          layer.parentElement === document.body &&
          getComputedStyle(layer).position === 'fixed' &&
          getComputedStyle(layer).contain.includes('layout') &&
          el.shadowRoot !== null
        );
      }),
    ).toBe(true);
    await expect(overlay.locator('[data-testid="svl-theme"]')).toHaveText('Tackling economic inequality');
    await expect(overlay.locator('[data-testid="svl-limit"]')).toContainText('500 words');
    const envId = await page.locator('#sv-environment').getAttribute('data-svl-field');
    await expect(page.locator(`${overlayFor(envId!)} [data-testid="svl-theme"]`)).toHaveText('Fighting climate change');
  });

  test('counts as you type, the way the portal counts', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(server.url('findTenderSocialValue'));
    const field = page.locator('#sv-jobs');
    const count = (await overlayOf(field)).getByTestId('svl-count');
    await expect(count).toHaveText('0 words · 0 chars');
    await field.pressSequentially('We will hire 12 apprentices — all local.');
    await expect(count).toHaveText('8 words · 40 chars');
    // The portal's own GOV.UK counter agrees with us (runs of non-space).
    await expect(page.locator('.govuk-character-count__status').nth(1)).toHaveText('You have 492 words remaining');
    // The visible count is hidden from screen readers, as in the GOV.UK pattern.
    await expect(count).toHaveAttribute('aria-hidden', 'true');

    await expect((await overlayOf(page.locator('#sv-environment'))).getByTestId('svl-limit')).toContainText(
      '2,000 characters',
    );
  });

  test('keeps the draft in the extension’s IndexedDB, not the page’s, and restores it on request', async ({
    context,
    server,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    const url = server.url('findTenderSocialValue');
    await page.goto(url);
    const text = 'Over the first 12 months we will create 6 paid placements for care leavers in the region.';
    await page.locator('#sv-jobs').pressSequentially(text, { delay: 5 });
    await expect((await overlayOf(page.locator('#sv-jobs'))).getByTestId('svl-saved')).toContainText('Saved');

    // Typing longer than the autosave's maximum wait saves part-way too: wait for the save of the whole text.
    await expect.poll(async () => (await readDraftsInExtension(serviceWorker)).map((d) => d.text)).toContain(text);
    const pageDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(pageDatabases).not.toContain('svl');

    // The portal timed out: the user comes back to an empty form.
    await page.goto(url);
    const field = page.locator('#sv-jobs');
    await expect(field).toHaveValue('');
    const restore = (await overlayOf(field)).getByTestId('svl-restore');
    await expect(restore).toBeVisible();
    await expect(field).toHaveValue(''); // offered, never applied by itself
    await restore.click();
    await expect(field).toHaveValue(text);
    await expect(restore).toHaveCount(0);
    // The portal's own counter saw the change (native setter + input/keyup events).
    await expect(page.locator('.govuk-character-count__status').nth(1)).toHaveText('You have 483 words remaining');
  });

  test('never overwrites what the user typed, and keeps the older draft as a revision', async ({
    context,
    server,
    serviceWorker,
  }) => {
    const page = await context.newPage();
    const url = server.url('findTenderSocialValue');
    await page.goto(url);
    const first = 'First version of our answer about apprenticeships for young people in the area.';
    await page.locator('#sv-jobs').fill(first);
    await expect.poll(async () => (await readDraftsInExtension(serviceWorker)).map((d) => d.text)).toContain(first);

    await page.goto(url);
    const field = page.locator('#sv-jobs');
    const overlay = await overlayOf(field);
    await expect(overlay.locator('[data-testid="svl-restore"]')).toBeVisible();
    await field.pressSequentially('New start.');
    await expect(overlay.locator('[data-testid="svl-restore"]')).toHaveCount(0);
    // Once the new text is saved, the old draft has had every chance to come back: it must not have.
    await expect
      .poll(async () => (await readDraftsInExtension(serviceWorker)).map((d) => d.text))
      .toContain('New start.');
    await expect(field).toHaveValue('New start.');

    expect(await readRevisionTexts(serviceWorker)).toContain(first);
  });

  test('does nothing on a host that is not a listed portal', async ({
    context,
    server,
    serviceWorker,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(server.url('unlistedHost'));
    await expect(page.locator('#sv-jobs')).toBeVisible();
    // The content script is not there at all: the popup finds nothing to talk to in this tab.
    const popup = await openPopupFor(page, context, serviceWorker, extensionId);
    await expect(popup.getByTestId('popup-portal')).toHaveText('Not a portal Social Value Lens recognises.');
    await expect(page.locator('svl-overlay')).toHaveCount(0);
    await expect(page.locator('[data-svl-field]')).toHaveCount(0);
  });
});

test('Digital Marketplace: reads the word limit from the markup and skips the service description', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('digitalMarketplaceService'));
  const field = page.locator('#input-fightingClimateChange');
  await expect(field).toHaveAttribute('data-svl-field', /svl-\d+/);
  await expect.poll(() => scanState(page)).toEqual({ fields: 2, settled: true }); // the description field was scanned
  await expect(page.locator('#input-serviceDescription')).not.toHaveAttribute('data-svl-field', /.*/);
  const overlay = await overlayOf(field);
  await expect(overlay.locator('[data-testid="svl-theme"]')).toContainText('climate', { ignoreCase: true });
  await expect(overlay.locator('[data-testid="svl-limit"]')).toContainText('200 words');
});

test('popup reports the portal, the fields found and the drafts saved', async ({
  context,
  server,
  serviceWorker,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('findTenderSocialValue'));
  await expect(page.locator('svl-overlay')).toHaveCount(2);
  const popup = await openPopupFor(page, context, serviceWorker, extensionId);
  await expect(popup.getByTestId('popup-portal')).toContainText('Find a Tender');
  await expect(popup.getByTestId('popup-fields')).toHaveText('4');
  await expect(popup.getByTestId('popup-sv-fields')).toHaveText('2');
  await expect(popup.getByTestId('popup-drafts')).toContainText('saved in this browser');
});

import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, overlayOf, readRevisionTexts, test } from './fixtures';

/**
 * Guidance beside the page: the side panel page (chrome-extension://<id>/sidepanel.html, opened in a tab here and
 * pinned with ?tabId= to the portal tab) follows the focused social value field and inserts text into it only on a
 * click in the panel.
 */
type Send = (m: unknown) => Promise<{ ok: boolean; error?: string; [k: string]: unknown }>;
const LIBRARY_TITLE = 'Apprentices on our last public contract';
const LIBRARY_TEXT = 'On our 2025 council contract we took on 6 apprentices from the local area; 5 completed their Level 3.';

/**
 * The side panel page in a tab. Unpinned, it follows the field focused last in any tab (the real side panel is
 * per window; without the "tabs" permission a test cannot look the portal tab's id up to pin it).
 */
async function openSidePanel(context: BrowserContext, extensionId: string): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return panel;
}

function sendFrom(page: Page, message: unknown) {
  return page.evaluate(
    (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage: Send } } }).chrome.runtime.sendMessage(m),
    message,
  );
}

async function seedLibrary(page: Page): Promise<void> {
  const saved = await sendFrom(page, {
    type: 'evidence:save',
    item: {
      title: LIBRARY_TITLE,
      text: LIBRARY_TEXT,
      figures: ['6 apprentices', '5 completed'],
      criterionIds: ['ppn002-1a', 'ppn0620-2.2', 'ppn0620-2.3'],
      categoryIds: [],
      owner: 'Bid team',
      reviewBy: null,
    },
  });
  expect(saved.ok).toBe(true);
}

test('the side panel follows the focused field: its question, theme, count and reminders as you type', async ({ context, server, extensionId }) => {
  const page = await context.newPage();
  await page.goto(server.url('findTenderSocialValue'));
  const jobs = page.locator('#sv-jobs');
  await overlayOf(jobs);
  const panel = await openSidePanel(context, extensionId);
  await expect(panel.getByTestId('sp-field')).toContainText('Click in a social value answer box');

  await page.bringToFront();
  await jobs.click();
  await jobs.pressSequentially('We value diversity and we are committed to our community.');
  const field = panel.getByTestId('sp-field');
  await expect(panel.getByTestId('sp-question')).toContainText('care leavers and people leaving prison');
  await expect(panel.getByTestId('sp-theme')).toContainText('Tackling economic inequality');
  await expect(panel.getByTestId('sp-relevance')).toContainText('relevance');
  await expect(panel.getByTestId('sp-count')).toContainText('10 words, 57 characters');
  await expect(panel.getByTestId('sp-count')).toContainText('remaining');
  await expect(panel.getByTestId('sp-evidence-numbers')).toHaveAttribute('data-met', 'false');
  await expect(panel.getByTestId('sp-generic')).toContainText('we are committed to');
  // The reminders tick off as the user writes a concrete commitment.
  await jobs.pressSequentially(' By March 2027 we will create 8 apprenticeships for care leavers.');
  await expect(panel.getByTestId('sp-evidence-numbers')).toHaveAttribute('data-met', 'true');
  await expect(panel.getByTestId('sp-evidence-timescales')).toHaveAttribute('data-met', 'true');
  // The field kept focus throughout (the panel is another page).
  await expect(jobs).toBeFocused();

  // Focus moves to another social value field: the panel follows.
  await page.locator('#sv-environment').click();
  await expect(panel.getByTestId('sp-question')).toContainText('net zero');
  await expect(panel.getByTestId('sp-theme')).toContainText(/climate/i);
  await expect(field).not.toContainText('care leavers and people leaving prison');

  const scan = await new AxeBuilder({ page: panel }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

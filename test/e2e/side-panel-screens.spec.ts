import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { RouteName } from '../fixtures/routes';
import { expect, overlayOf, test } from './fixtures';

/**
 * Screenshots for review (test-results/screens/, not committed): each fixture page at the width it keeps when the
 * browser's side panel is open, with a long answer in the field, and the side panel page beside it. The side panel
 * is a separate page, so it cannot cover the writing; the test also checks the badge covers at most one 24 x 24
 * marker of the field, and that the panel shows this field's guidance.
 */
const SCREENS = path.resolve(import.meta.dirname, '../../test-results/screens');
const LINES = Array.from(
  { length: 16 },
  (_, i) => `Line ${i + 1}: we will recruit 12 local apprentices by March 2027 and report quarterly to the council.`,
);

const PAGES: Array<{
  name: string;
  route: RouteName;
  box: (p: Page) => Locator;
  type: (p: Page) => Promise<void>;
  question: RegExp;
  model?: RegExp;
}> = [
  {
    name: 'jaggaer-table',
    route: 'jaggaerQuestionnaire',
    box: (p) => p.locator('#q_3_1'),
    type: async (p) => {
      await p.locator('#q_3_1').fill(LINES.join('\n'));
      await p.locator('#q_3_1').press('End');
    },
    question: /long-term unemployed/,
  },
  {
    name: 'govuk-find-a-tender',
    route: 'findTenderSocialValue',
    box: (p) => p.locator('#sv-jobs'),
    type: async (p) => {
      await p.locator('#sv-jobs').fill(LINES.join('\n'));
      await p.locator('#sv-jobs').press('End');
    },
    question: /care leavers/,
  },
  {
    name: 'public-contracts-scotland',
    route: 'pcsCommunityBenefits',
    box: (p) => p.locator('#cb-jobs'),
    type: async (p) => {
      await p.locator('#cb-jobs').fill(LINES.join('\n'));
      await p.locator('#cb-jobs').press('End');
    },
    question: /community benefits/,
    model: /community benefit/i,
  },
  {
    name: 'sell2wales',
    route: 'sell2walesWellbeing',
    box: (p) => p.locator('#wb-goals'),
    type: async (p) => {
      await p.locator('#wb-goals').fill(LINES.join('\n'));
      await p.locator('#wb-goals').press('End');
    },
    question: /well-being goals/,
    model: /well-being|Wales/i,
  },
  {
    name: 'tinymce-delta',
    route: 'deltaTinymce',
    box: (p) => p.locator('#answer_5532_ifr'),
    type: async (p) => {
      const body = p.frameLocator('#answer_5532_ifr').locator('body#tinymce');
      await body.click();
      for (const line of LINES) {
        await p.keyboard.type(line);
        await p.keyboard.press('Enter');
      }
    },
    question: /./,
  },
];

for (const shot of PAGES) {
  test(`screenshot: the side panel beside ${shot.name} with a long answer`, async ({
    context,
    server,
    extensionId,
  }) => {
    test.setTimeout(90_000);
    fs.mkdirSync(SCREENS, { recursive: true });
    const page = await context.newPage();
    // What is left of a 1,280 px window once Chrome's side panel (about 400 px) is open.
    await page.setViewportSize({ width: 880, height: 820 });
    await page.goto(server.url(shot.route));
    const box = shot.box(page);
    const overlay = await overlayOf(box);
    await box.scrollIntoViewIfNeeded();
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 400, height: 820 });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await page.bringToFront();
    await shot.type(page);
    await expect(overlay.getByTestId('svl-count')).toContainText(/^(1[5-9]\d|[2-9]\d\d) words/);
    await expect(panel.getByTestId('sp-question')).toContainText(shot.question);
    await expect(panel.getByTestId('sp-count')).toContainText(/^(1[5-9]\d|[2-9]\d\d) words/);
    if (shot.model) await expect(panel.getByTestId('sp-model')).toContainText(shot.model);
    await expect(panel.getByTestId('sp-coverage')).toContainText(/Checklist coverage: \d+ of \d+/);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

    // The badge's boxes inside the field: at most one 24 x 24 marker.
    const f = (await box.boundingBox())!;
    const covered = await overlay.evaluate((host, f) => {
      let area = 0;
      for (const el of [host, ...(host.shadowRoot?.querySelectorAll('.svl') ?? [])]) {
        const r = el.getBoundingClientRect();
        const w = Math.min(r.right, f.x + f.width) - Math.max(r.left, f.x);
        const h = Math.min(r.bottom, f.y + f.height) - Math.max(r.top, f.y);
        if (el !== host && w > 0 && h > 0) area += w * h;
      }
      return area;
    }, f);
    expect(covered).toBeLessThanOrEqual(576);

    const portalPng = await page.screenshot();
    const panelPng = await panel.screenshot();
    // Side by side, as the window shows them: the page, then the side panel.
    const sheet = await context.newPage();
    await sheet.setViewportSize({ width: 1284, height: 820 });
    await sheet.setContent(
      `<body style="margin:0;display:flex;gap:4px;background:#505a5f">` +
        `<img src="data:image/png;base64,${portalPng.toString('base64')}" width="880" height="820">` +
        `<img src="data:image/png;base64,${panelPng.toString('base64')}" width="400" height="820"></body>`,
    );
    const file = path.join(SCREENS, `side-panel-${shot.name}.png`);
    await sheet.screenshot({ path: file });
    expect(fs.statSync(file).size).toBeGreaterThan(10_000);
    // The whole side panel (below the fold too: what evaluators look for, examples for the category).
    const full = path.join(SCREENS, `side-panel-${shot.name}-full.png`);
    await panel.screenshot({ path: full, fullPage: true });
    expect(fs.statSync(full).size).toBeGreaterThan(10_000);
  });
}

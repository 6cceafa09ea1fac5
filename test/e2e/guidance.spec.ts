import AxeBuilder from '@axe-core/playwright';
import { ANNOUNCE_PAUSE_MS } from '../../entrypoints/content/announcer';
import { test, expect, emulateSchemeSettled, overlayOf } from './fixtures';

/**
 * These tests cover the in-page panel, the fallback where the browser cannot open its side panel (Firefox from a
 * badge click, or a browser without one). In Chromium they take the side panel away first, as such a browser would
 * be; the side panel itself is covered by side-panel.spec.ts.
 */
test.beforeEach(async ({ serviceWorker }) => {
  await serviceWorker.evaluate(() => {
    const api = (globalThis as unknown as { chrome: { sidePanel?: { open: unknown } } }).chrome;
    if (api.sidePanel) api.sidePanel.open = () => Promise.reject(new Error('No side panel in this browser'));
  });
});

test.describe('guidance panel', () => {
  test('opens with the shortcut, explains the question, tracks evidence as you type, and Escape returns to the field', async ({
    context,
    server,
  }) => {
    const page = await context.newPage();
    await page.goto(server.url('findTenderSocialValue'));
    const field = page.locator('#sv-jobs');
    const overlay = await overlayOf(field);
    await field.click();
    await field.pressSequentially('We value diversity and we are committed to our community.');
    await expect(overlay.getByTestId('svl-panel')).toHaveCount(0); // collapsed by default

    await page.keyboard.press('Alt+Shift+G');
    const panel = overlay.getByTestId('svl-panel');
    await expect(panel).toBeVisible();
    // Focus moved into the panel (its heading), on the user's request only.
    expect(await overlay.evaluate((host) => host.shadowRoot!.activeElement?.tagName)).toBe('H2');
    await expect(panel.getByTestId('svl-panel-theme')).toContainText('Tackling economic inequality');
    await expect(panel.getByTestId('svl-why')).not.toBeEmpty();
    await expect(panel.getByTestId('svl-relevance')).toContainText(/relevance/);
    await expect(panel.getByTestId('svl-generic')).toContainText('we are committed to');
    await expect(panel.getByTestId('svl-evidence-numbers')).toHaveAttribute('data-met', 'false');
    await expect(panel.getByTestId('svl-evidence-numbers')).toContainText('missing');

    // Escape closes it and puts the cursor back in the field.
    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
    await expect(field).toBeFocused();

    // A concrete commitment meets the numbers and timescale reminders after a pause.
    await field.pressSequentially(' By March 2027 we will create 8 apprenticeships for care leavers.');
    await page.keyboard.press('Alt+Shift+G');
    await expect(panel.getByTestId('svl-evidence-numbers')).toHaveAttribute('data-met', 'true');
    await expect(panel.getByTestId('svl-evidence-timescales')).toHaveAttribute('data-met', 'true');
    await expect(overlay.getByTestId('svl-evidence-score')).toContainText('evidence');
  });

  test('announces the remaining count once typing pauses, in one polite live region, only while focused', async ({
    context,
    server,
  }) => {
    const page = await context.newPage();
    await page.goto(server.url('findTenderSocialValue'));
    const field = page.locator('#sv-jobs');
    await field.click();
    await field.pressSequentially('Twelve local apprentices in year one.');
    const region = page.locator('svl-live [role="status"]');
    await expect(page.locator('svl-live')).toHaveCount(1);
    await expect(region).toHaveAttribute('aria-live', 'polite');
    await expect(region).toHaveText('You have 494 words remaining', { timeout: 3000 });
    // Type more, then leave the field before the pause ends: nothing new is announced.
    await field.pressSequentially(' More.');
    await page.locator('#technical-incidents').click();
    // Nothing to wait for (the test is that nothing happens): wait out the announcer's own pause, plus margin.
    await page.waitForTimeout(ANNOUNCE_PAUSE_MS + 500);
    await expect(region).toHaveText('You have 494 words remaining');
  });

  test('a correction of the theme is remembered for that question', async ({ context, server }) => {
    const page = await context.newPage();
    const url = server.url('findTenderSocialValue');
    await page.goto(url);
    const field = page.locator('#sv-jobs');
    const overlay = await overlayOf(field);
    await overlay.getByTestId('svl-theme').click();
    await overlay.locator('details.correct summary').click();
    await chooseByKeyboard(overlay.getByTestId('svl-correct-theme'), 'equal-opportunity');
    await expect(overlay.getByTestId('svl-theme')).toHaveText('Equal opportunity');
    await expect(overlay.getByTestId('svl-panel-theme')).toContainText('your correction');

    await page.goto(url);
    const again = await overlayOf(page.locator('#sv-jobs'));
    await expect(again.getByTestId('svl-theme')).toHaveText('Equal opportunity');
  });

  test('counting rule can be switched, and disagreements near the limit are shown', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(server.url('digitalMarketplaceService'));
    const field = page.locator('#input-fightingClimateChange');
    const overlay = await overlayOf(field);
    // 101 runs of non-space for the portal; TinyMCE splits at the slash and counts 202 words, over the limit.
    const text = 'net-zero/low-carbon '.repeat(101).trim();
    await field.fill(text);
    await overlay.getByTestId('svl-theme').click();
    await expect(overlay.getByTestId('svl-rule')).toContainText('GOV.UK portal');
    await expect(overlay.getByTestId('svl-count')).toContainText('101 words');
    await expect(overlay.getByTestId('svl-disagree')).toContainText('TinyMCE editor counts 202 (over)');
    await chooseByKeyboard(overlay.getByTestId('svl-word-rule'), 'tinymce');
    await expect(overlay.getByTestId('svl-count')).toContainText('202 words');
    await expect(overlay.getByTestId('svl-limit')).toContainText('over the 200 words limit');
  });

  test('the overlay and the options page have no axe violations; screenshots for review', async ({
    context,
    server,
    extensionId,
  }, testInfo) => {
    const page = await context.newPage();
    await page.goto(server.url('findTenderSocialValue'));
    const field = page.locator('#sv-jobs');
    await field.click();
    await field.pressSequentially(
      'In the first 6 months our Social Value Manager will recruit 4 apprentices from the local area.',
    );
    await page.keyboard.press('Alt+Shift+G');
    await expect(page.getByTestId('svl-panel')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('panel-find-tender.png') });
    // Light and dark schemes: the badge and the panel are read in both.
    for (const scheme of ['light', 'dark'] as const) {
      await emulateSchemeSettled(page, scheme);
      const overlayScan = await new AxeBuilder({ page }).include('svl-overlay').analyze();
      expect(overlayScan.violations.map((v) => `${scheme}: ${v.id}: ${v.help}`)).toEqual([]);
    }
    await page.screenshot({ path: testInfo.outputPath('panel-find-tender-dark.png') });
    await page.emulateMedia({ colorScheme: 'light' });

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('overlay-preview')).toBeVisible();
    await options.getByLabel('What technology do you supply?').selectOption('hardware');
    await expect(options.getByTestId('options-status')).toHaveText('Settings saved.');
    await options.screenshot({ path: testInfo.outputPath('options.png'), fullPage: true });
    const optionsScan = await new AxeBuilder({ page: options }).analyze();
    expect(optionsScan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

test('the in-page panel shows no evidence library text and no other drafts: it offers the side panel instead', async ({
  context,
  server,
  extensionId,
}) => {
  const manager = await context.newPage();
  await manager.goto(`chrome-extension://${extensionId}/popup.html`);
  const saved = await manager.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } };
      }
    ).chrome.runtime.sendMessage({
      type: 'evidence:save',
      item: {
        title: 'Apprentices on our last public contract',
        text: 'On our 2025 council contract we took on 6 apprentices from the local area; 5 completed their Level 3.',
        figures: ['6 apprentices', '5 completed'],
        criterionIds: ['ppn002-1a', 'ppn0620-2.2', 'ppn0620-2.3'],
        categoryIds: [],
        owner: 'Bid team',
        reviewBy: null,
      },
    }),
  );
  expect(saved.ok).toBe(true);
  const first = await context.newPage();
  await first.goto(server.url('findTenderSocialValue'));
  await first
    .locator('#sv-jobs')
    .fill('We will fund 3 digital skills bootcamps for residents facing barriers to work.');
  await expect((await overlayOf(first.locator('#sv-jobs'))).getByTestId('svl-saved')).toContainText('Saved');

  const page = await context.newPage();
  await page.goto(server.url('deltaSameQuestions'));
  const field = page.locator('#sv-jobs');
  const overlay = await overlayOf(field);
  await field.click();
  await field.pressSequentially('We will recruit locally.');
  await page.keyboard.press('Alt+Shift+G');
  await expect(overlay.getByTestId('svl-open-sidepanel')).toBeVisible();
  const shown = await page.evaluate(() =>
    [...document.querySelectorAll('svl-overlay')].map((host) => host.shadowRoot?.textContent ?? '').join(' '),
  );
  expect(shown).not.toContain('Apprentices on our last public contract');
  expect(shown).not.toContain('bootcamps');
  expect(shown).not.toContain('find-tender');
  await expect(field).toHaveValue('We will recruit locally.');
});

test('your own relevance rating, set in the settings, is what the panel shows; a bad ratings file changes nothing', async ({
  context,
  server,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('What technology do you supply?').selectOption('hardware');
  await options.getByText(/Show the ratings/).click();
  // Rate every criterion low, so the test does not depend on which criteria the question is classified under.
  const ratings = options.locator('[data-testid^="rating-"]');
  for (let i = 0; i < (await ratings.count()); i++) await ratings.nth(i).selectOption('low');
  await expect(options.getByTestId('rating-ppn002-1a')).toHaveValue('low');
  await options.getByTestId('ratings-import').setInputFiles({
    name: 'ratings.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"relevanceOverrides":{"hardware":{"ppn0620-2.2":{"rating":"vital"}}}}'),
  });
  await expect(options.getByTestId('ratings-status')).toContainText('nothing changed');
  await expect(options.getByTestId('rating-ppn002-1a')).toHaveValue('low');

  const page = await context.newPage();
  await page.goto(server.url('findTenderSocialValue'));
  const overlay = await overlayOf(page.locator('#sv-jobs'));
  await overlay.getByTestId('svl-theme').click();
  await expect(overlay.getByTestId('svl-relevance')).toContainText('low relevance');
  await expect(overlay.getByTestId('svl-panel')).toContainText('Rated by you or your team');
});

/**
 * Choose an option with the keyboard, as a user does: the overlay acts only on trusted input, and Playwright's
 * selectOption dispatches its change event from a script.
 */
async function chooseByKeyboard(select: import('@playwright/test').Locator, value: string): Promise<void> {
  await select.focus();
  await select.press('Home');
  for (let i = 0; i < 60 && (await select.inputValue()) !== value; i++) await select.press('ArrowDown');
  expect(await select.inputValue()).toBe(value);
}

/** Overlap in px² of two boxes (0 when apart). */
function overlap(
  a: { x: number; y: number; width: number; height: number },
  b: { x: number; y: number; width: number; height: number },
): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const LONG_ANSWER = Array.from(
  { length: 16 },
  (_, i) => `Line ${i + 1}: we will recruit local apprentices and report quarterly to the council.`,
).join('\n');
const PLACEMENTS = [
  {
    name: 'GOV.UK textarea',
    route: 'findTenderSocialValue' as const,
    field: '#sv-jobs',
    question: 'label[for="sv-jobs"]',
    width: 1100,
  },
  {
    name: 'GOV.UK textarea, narrow window',
    route: 'findTenderSocialValue' as const,
    field: '#sv-jobs',
    question: 'label[for="sv-jobs"]',
    width: 640,
  },
  {
    name: 'Jaggaer table cell',
    route: 'jaggaerQuestionnaire' as const,
    field: '#q_3_1',
    question: 'tr:has(#q_3_1) td.q-text',
    width: 1100,
  },
];
for (const where of PLACEMENTS) {
  test(`the in-page fallback panel never covers the field or its question: ${where.name}`, async ({
    context,
    server,
  }) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: where.width, height: 900 });
    await page.goto(server.url(where.route));
    const field = page.locator(where.field);
    const overlay = await overlayOf(field);
    await field.fill(LONG_ANSWER);
    await field.click();
    await page.keyboard.press('Alt+Shift+G');
    const panel = overlay.locator('.panel-wrap');
    await expect(overlay.getByTestId('svl-panel')).toBeVisible();
    const panelBox = (await panel.boundingBox())!;
    const fieldBox = (await field.boundingBox())!;
    const questionBox = (await page.locator(where.question).boundingBox())!;
    expect(panelBox.height).toBeGreaterThan(100);
    expect(overlap(panelBox, fieldBox)).toBe(0);
    expect(overlap(panelBox, questionBox)).toBe(0);
    // Inside the window, so it can be read and scrolled.
    expect(panelBox.x).toBeGreaterThanOrEqual(0);
    expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(where.width);
    // Nothing paints over the open panel (no other field's badge or "SV" marker): every point of a grid across it,
    // its centre included, hits the panel itself.
    const svlId = await field.getAttribute('data-svl-field');
    const misses = await page.evaluate(
      ({ box, id }) => {
        const out: string[] = [];
        for (let i = 1; i < 6; i++) {
          for (let j = 1; j < 6; j++) {
            const x = box.x + (box.width * i) / 6;
            const y = box.y + (box.height * j) / 6;
            const host = document.elementFromPoint(x, y);
            const inner = host?.shadowRoot?.elementFromPoint(x, y);
            if (host?.getAttribute('data-svl-for') !== id || !inner?.closest('.panel-wrap'))
              out.push(`${Math.round(x)},${Math.round(y)}: ${host?.tagName} ${host?.getAttribute('data-svl-for')}`);
          }
        }
        return out;
      },
      { box: panelBox, id: svlId },
    );
    expect(misses).toEqual([]);
  });
}

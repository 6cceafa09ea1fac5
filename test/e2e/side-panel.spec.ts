import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { FixtureServer } from '../fixture-server';
import { expect, overlayOf, readRevisionTexts, test } from './fixtures';

test.setTimeout(60_000);

/**
 * Guidance beside the page: the side panel page (chrome-extension://<id>/sidepanel.html, opened in a tab here and
 * pinned with ?tabId= to the portal tab) follows the focused social value field and inserts text into it only on a
 * click in the panel.
 */
type Send = (m: unknown) => Promise<{ ok: boolean; error?: string; [k: string]: unknown }>;
const LIBRARY_TITLE = 'Apprentices on our last public contract';
const LIBRARY_TEXT =
  'On our 2025 council contract we took on 6 apprentices from the local area; 5 completed their Level 3.';

/**
 * The side panel page in a tab. Unpinned, it follows the field focused last in any tab (the real side panel is
 * per window; without the "tabs" permission a test cannot look the portal tab's id up to pin it).
 */
async function openSidePanel(context: BrowserContext, extensionId: string): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  return panel;
}

/** A Find a Tender page with its first social value answer box (#sv-jobs), once the box has its overlay. */
async function openJobsQuestion(
  context: BrowserContext,
  server: FixtureServer,
): Promise<{ page: Page; jobs: Locator; overlay: Locator }> {
  const page = await context.newPage();
  await page.goto(server.url('findTenderSocialValue'));
  const jobs = page.locator('#sv-jobs');
  return { page, jobs, overlay: await overlayOf(jobs) };
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

test('the side panel follows the focused field: its question, theme, count and reminders as you type', async ({
  context,
  server,
  extensionId,
}) => {
  const { page, jobs } = await openJobsQuestion(context, server);
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

  const scan = await new AxeBuilder({ page: panel })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});

/** The side panel page's address, as its DevTools target reports it. */
const SIDE_PANEL_URL = /^chrome-extension:\/\/[a-p]{32}\/sidepanel\.html/;

/** Is the browser's side panel showing our page? (Playwright lists no side panel page; the DevTools targets do.) */
async function sidePanelShown(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  await cdp.detach();
  return targetInfos.some((t) => t.type === 'page' && SIDE_PANEL_URL.test(t.url));
}

/**
 * DevTools calls into the browser's real side panel (Playwright has no page for it, so through its target, attached
 * without flattening and spoken to with Target.sendMessageToTarget). Resolves with each call's result, in order.
 */
async function inSidePanel(page: Page, calls: { method: string; params: object }[]): Promise<unknown[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'page' && SIDE_PANEL_URL.test(t.url));
    if (!target) throw new Error('no side panel target');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
    const results: unknown[] = [];
    for (const [i, { method, params }] of calls.entries()) {
      results.push(
        await new Promise((resolve) => {
          const onMessage = (event: { sessionId?: string; message: string }) => {
            const reply = JSON.parse(event.message) as { id?: number; result?: unknown };
            if (event.sessionId !== sessionId || reply.id !== i + 1) return;
            cdp.off('Target.receivedMessageFromTarget', onMessage);
            resolve(reply.result);
          };
          cdp.on('Target.receivedMessageFromTarget', onMessage);
          void cdp.send('Target.sendMessageToTarget', {
            sessionId,
            message: JSON.stringify({ id: i + 1, method, params }),
          });
        }),
      );
    }
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined); // the panel may be gone
    return results;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** Does the real side panel show an element with this test id? */
async function sidePanelHas(page: Page, testId: string): Promise<boolean> {
  const [result] = await inSidePanel(page, [
    {
      method: 'Runtime.evaluate',
      params: { expression: `!!document.querySelector('[data-testid="${testId}"]')`, returnByValue: true },
    },
  ]);
  return (result as { result: { value: boolean } }).result.value;
}

/** A key pressed in the real side panel (the key's events are dispatched there when this resolves). */
async function pressInSidePanel(page: Page, key: 'Escape'): Promise<void> {
  const code = { Escape: { code: 'Escape', windowsVirtualKeyCode: 27 } }[key];
  await inSidePanel(page, [
    { method: 'Input.dispatchKeyEvent', params: { type: 'rawKeyDown', key, ...code } },
    { method: 'Input.dispatchKeyEvent', params: { type: 'keyUp', key, ...code } },
  ]);
}

/** What a page script can see: the document's text plus every open shadow root's text and every field's value. */
function pageVisibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text, as a page script reads it
    const parts = [document.documentElement.outerHTML, document.body.innerText];
    for (const host of document.querySelectorAll('*'))
      if (host.shadowRoot) parts.push(host.shadowRoot.innerHTML, host.shadowRoot.textContent ?? '');
    for (const field of document.querySelectorAll('textarea, input')) parts.push((field as HTMLTextAreaElement).value);
    return parts.join('\n');
  });
}

for (const how of ['the shortcut', 'a click on the badge'] as const) {
  test(`${how} opens the browser's side panel and the cursor stays in the answer`, async ({ context, server }) => {
    const { page, jobs, overlay } = await openJobsQuestion(context, server);
    await jobs.click();
    await jobs.pressSequentially('We will hire 4 apprentices.');
    expect(await sidePanelShown(page)).toBe(false);
    if (how === 'the shortcut') await page.keyboard.press('Alt+Shift+G');
    else await overlay.getByTestId('svl-theme').click();
    await expect.poll(() => sidePanelShown(page)).toBe(true);
    await expect(jobs).toBeFocused();
    // The in-page panel is only the fallback where there is no side panel.
    await expect(overlay.getByTestId('svl-panel')).toHaveCount(0);
    // Typing carries on where it was.
    await page.keyboard.type(' More.');
    await expect(jobs).toHaveValue('We will hire 4 apprentices. More.');
  });
}

test('one key back: Escape in the side panel closes it and the cursor is where it was in the answer', async ({
  context,
  server,
}) => {
  const { page, jobs } = await openJobsQuestion(context, server);
  await jobs.click();
  await jobs.pressSequentially('We will hire 4 apprentices.');
  await jobs.press('Home'); // the cursor is not at the end: coming back must not move it
  await page.keyboard.press('Alt+Shift+G');
  await expect.poll(() => sidePanelShown(page)).toBe(true);
  await expect.poll(() => sidePanelHas(page, 'sp-return')).toBe(true); // it follows this field
  await pressInSidePanel(page, 'Escape');
  await expect.poll(() => sidePanelShown(page)).toBe(false);
  await expect(jobs).toBeFocused();
  await page.keyboard.type('Yes. ');
  await expect(jobs).toHaveValue('Yes. We will hire 4 apprentices.');
});

/** Which element holds focus in the real side panel (its id, or its tag name). */
async function sidePanelFocus(page: Page): Promise<{ active: string }> {
  const [result] = await inSidePanel(page, [
    {
      method: 'Runtime.evaluate',
      params: {
        expression: `({ active: document.activeElement?.id || document.activeElement?.localName || '' })`,
        returnByValue: true,
      },
    },
  ]);
  return (result as { result: { value: { active: string } } }).result.value;
}

test('keyboard only: the shortcut opens guidance, pressed again takes the keyboard into it, Escape comes back', async ({
  context,
  server,
}) => {
  const { page, jobs } = await openJobsQuestion(context, server);
  await jobs.click();
  await jobs.pressSequentially('We will hire 4 apprentices.');
  await page.keyboard.press('Alt+Shift+G');
  await expect.poll(() => sidePanelShown(page)).toBe(true);
  await expect.poll(() => sidePanelHas(page, 'sp-return')).toBe(true);
  // Opening left the cursor in the answer, and nothing in the panel holds focus. (The browser's window focus cannot
  // be read here: headless Chromium reports every document focused, so the test follows the panel's active element.)
  await expect(jobs).toBeFocused();
  expect((await sidePanelFocus(page)).active).toBe('body');
  // One key into the guidance.
  await page.keyboard.press('Alt+Shift+G');
  await expect.poll(async () => (await sidePanelFocus(page)).active).toBe('svl-field-heading');
  // One key back.
  await pressInSidePanel(page, 'Escape');
  await expect.poll(() => sidePanelShown(page)).toBe(false);
  await expect(jobs).toBeFocused();
  await page.keyboard.type(' More.');
  await expect(jobs).toHaveValue('We will hire 4 apprentices. More.');
});

test('evidence library text goes into the field only on a click in the side panel, and the old text is kept', async ({
  context,
  server,
  extensionId,
  serviceWorker,
}) => {
  const { page, jobs, overlay } = await openJobsQuestion(context, server);
  const panel = await openSidePanel(context, extensionId);
  await seedLibrary(panel);
  const original = 'We will create 8 apprenticeships for care leavers by March 2027.';
  await page.bringToFront();
  await jobs.click();
  await jobs.pressSequentially(original);
  await expect(overlay.getByTestId('svl-saved')).toContainText('Saved');

  const item = panel.getByTestId('sp-library-item').filter({ hasText: LIBRARY_TITLE });
  await expect(item).toContainText(LIBRARY_TEXT);
  // Shown beside the page, never in it.
  expect(await pageVisibleText(page)).not.toContain(LIBRARY_TITLE);
  expect(await pageVisibleText(page)).not.toContain('5 completed their Level 3');
  await expect(jobs).toHaveValue(original);

  await item.getByTestId('sp-insert').click();
  await expect(jobs).toHaveValue(`${original}\n\n${LIBRARY_TEXT}`);
  await expect(panel.getByTestId('sp-status')).toContainText(`Added “${LIBRARY_TITLE}”`);
  await expect.poll(() => readRevisionTexts(serviceWorker)).toContain(original);
  // The count beside the page follows the new text; the history offers the old version back.
  await expect(panel.getByTestId('sp-count')).toContainText('30 words');
  const revision = panel.getByTestId('sp-revision').filter({ hasText: original });
  await expect(revision).toHaveCount(1);
  await revision.getByRole('button', { name: /Put this version back/ }).click();
  await expect(jobs).toHaveValue(original);
});

test('a draft for a similar question on another portal is listed and used only from the side panel', async ({
  context,
  server,
  extensionId,
  serviceWorker,
}) => {
  const other = 'On Find a Tender we offered 10 paid placements with Catch22 for people leaving prison.';
  const first = await context.newPage();
  await first.goto(server.url('findTenderSocialValue'));
  await first.locator('#sv-jobs').fill(other);
  await expect((await overlayOf(first.locator('#sv-jobs'))).getByTestId('svl-saved')).toContainText('Saved');
  await first.close();

  const page = await context.newPage();
  await page.goto(server.url('deltaSameQuestions'));
  const jobs = page.locator('#sv-jobs');
  await overlayOf(jobs);
  const panel = await openSidePanel(context, extensionId);
  await page.bringToFront();
  await jobs.click();
  await jobs.pressSequentially('Draft start.');
  await expect(panel.getByTestId('sp-question')).toContainText('care leavers');
  await panel.getByTestId('sp-find-similar').click();
  const similar = panel.getByTestId('sp-similar-item');
  await expect(similar).toHaveCount(1);
  await expect(similar).toContainText('Catch22');
  const seen = await pageVisibleText(page);
  expect(seen).not.toContain('Catch22');
  expect(seen).not.toContain('find-tender');
  await expect(jobs).toHaveValue('Draft start.');

  await similar.getByTestId('sp-use-similar').click();
  await expect(jobs).toHaveValue(other);
  await expect.poll(() => readRevisionTexts(serviceWorker)).toContain('Draft start.');
});

test('a theme correction and a counting rule chosen in the side panel apply to the field', async ({
  context,
  server,
  extensionId,
}) => {
  const { page, jobs, overlay } = await openJobsQuestion(context, server);
  const panel = await openSidePanel(context, extensionId);
  await page.bringToFront();
  await jobs.click();
  await jobs.pressSequentially('One two three.');
  await expect(panel.getByTestId('sp-theme')).toContainText('Tackling economic inequality');
  await panel.locator('.sp-correct summary').click();
  await panel.getByTestId('sp-correct-theme').selectOption('equal-opportunity');
  await expect(overlay.getByTestId('svl-theme')).toHaveText('Equal opportunity');
  await expect(panel.getByTestId('sp-theme')).toContainText('your correction');
  await panel.getByTestId('sp-char-rule').selectOption({ index: 1 });
  await expect(panel.getByTestId('sp-status')).toContainText('Counting rule changed');
});

test('the panel shows evaluator points with their source label, examples for the chosen category, and coverage ticking when a criterion is named', async ({
  context,
  server,
  extensionId,
}) => {
  const { page, jobs } = await openJobsQuestion(context, server);
  const panel = await openSidePanel(context, extensionId);
  // The user's category, as the options page saves it.
  await panel.evaluate(async () => {
    const storage = (
      globalThis as unknown as {
        chrome: {
          storage: {
            local: { get: (k: string) => Promise<Record<string, unknown>>; set: (v: unknown) => Promise<void> };
          };
        };
      }
    ).chrome.storage.local;
    const current = ((await storage.get('settings')).settings ?? {}) as Record<string, unknown>;
    await storage.set({ settings: { ...current, category: 'hardware' } });
  });

  await page.bringToFront();
  await jobs.click();
  await jobs.pressSequentially('We will aim to recruit 8 care leavers by March 2027.');
  await expect(panel.getByTestId('sp-question')).toContainText('care leavers');

  // What evaluators look for, each point with its source, secondary ones labelled as such in the text.
  const points = panel.getByTestId('sp-look-for-point');
  await expect(panel.getByTestId('sp-look-for').locator('summary')).toContainText('points under');
  await panel.getByTestId('sp-look-for').locator('summary').click();
  await expect(points.first()).toBeVisible();
  await expect(points.first()).toContainText('Source:');
  await expect(panel.getByTestId('sp-look-for')).toContainText('Reported in secondary sources:');
  await expect(panel.getByTestId('sp-model-reason')).toContainText('Why:');

  // Technology examples for the chosen category, with source, status and the core-delivery caution.
  await expect(panel.getByTestId('sp-tech-caution')).toContainText('This is core delivery, not social value');
  await expect(panel.getByTestId('sp-tech-caution')).toContainText('compliant, energy-rated devices');
  await panel.getByTestId('sp-tech').locator('summary').click();
  await expect(panel.getByTestId('sp-tech-example').first()).toContainText('Take-back of replaced devices');
  await expect(panel.getByTestId('sp-tech-example').first()).toContainText('our suggestion, not confirmed');

  // Hedges are listed; the criteria reminder ticks once the draft names the criterion.
  await expect(panel.getByTestId('sp-hedges')).toContainText('aim to');
  const named = panel.getByTestId('sp-evidence-criteria-named');
  await expect(named).toHaveAttribute('data-met', 'false');
  const coverage = panel.getByTestId('sp-coverage');
  await expect(coverage).toContainText(/Checklist coverage: \d+ of \d+/);
  const before = Number(/coverage: (\d+)/.exec((await coverage.textContent()) ?? '')![1]);
  const missing = ((await panel.getByTestId('sp-criteria-missing').textContent()) ?? '')
    .replace('Not named yet: ', '')
    .split('; ')[0]!;
  expect(missing.length).toBeGreaterThan(2);
  await page.bringToFront();
  await jobs.pressSequentially(` This answers ${missing}.`);
  await expect(named).toHaveAttribute('data-met', 'true');
  await expect(coverage).toContainText(`Checklist coverage: ${before + 1} of`);

  // A legal minimum is flagged as not additional.
  await jobs.pressSequentially(' We will pay the National Living Wage.');
  await expect(panel.getByTestId('sp-not-additional')).toContainText('National Living Wage');
});

test('on a Digital Marketplace page the panel says the answer is a pass/fail declaration, not scored coverage', async ({
  context,
  server,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('digitalMarketplaceService'));
  const box = page.locator('#input-fightingClimateChange');
  await overlayOf(box);
  const panel = await openSidePanel(context, extensionId);
  await page.bringToFront();
  await box.click();
  await box.pressSequentially('We will cut emissions by 20% by 2027.');
  await expect(panel.getByTestId('sp-notice-dm-declaration')).toContainText('pass/fail');
  await expect(panel.getByTestId('sp-declaration')).toContainText('pass/fail declaration');
  await expect(panel.getByTestId('sp-coverage')).toHaveCount(0);
  expect(
    await new AxeBuilder({ page: panel })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
      .analyze()
      .then((r) => r.violations.map((v) => v.id)),
  ).toEqual([]);
});

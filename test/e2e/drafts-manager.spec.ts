import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, readDraftsInExtension } from './fixtures';

interface Seed {
  key: string;
  tenderRef: string;
  tenderTitle: string;
  question: string;
  texts: string[];
}

/** Save drafts through the real background, as the content script would (one message per save). */
async function seed(page: Page, drafts: Seed[]): Promise<void> {
  await page.evaluate(async (list) => {
    const runtime = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; error?: string }> } };
      }
    ).chrome.runtime;
    for (const d of list) {
      for (const text of d.texts) {
        const answer = await runtime.sendMessage({
          type: 'draft:save',
          draft: {
            key: d.key,
            portalId: d.key.split('|')[0],
            tenderRef: d.tenderRef,
            tenderTitle: d.tenderTitle,
            question: d.question,
            url: 'https://supplier-information.find-tender.service.gov.uk/x',
          },
          text,
        });
        if (!answer.ok) throw new Error(answer.error);
      }
    }
  }, drafts);
}

const OLD =
  'We will create 6 paid placements for care leavers and 4 apprenticeships in the borough every year of the contract.';
const NEW = 'Placements for care leavers.';
const DRAFTS: Seed[] = [
  {
    key: 'find-tender|T-1|1-a',
    tenderRef: 'T-1',
    tenderTitle: 'Managed cloud hosting',
    question: 'Q1 How will you create local jobs?',
    texts: [OLD, NEW],
  },
  {
    key: 'find-tender|T-1|2-b',
    tenderRef: 'T-1',
    tenderTitle: 'Managed cloud hosting',
    question: 'Q2 How will you reach net zero?',
    texts: ['Our data centres run on renewable electricity.'],
  },
  {
    key: 'delta|DN-9|3-c',
    tenderRef: 'DN-9',
    tenderTitle: 'Library IT refresh',
    question: '3. How will you support the community?',
    texts: ['Two volunteering days per person each year.'],
  },
];

test.describe('drafts manager', () => {
  test('groups by tender, searches, restores an old version, deletes with undo, and is axe-clean', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/drafts.html`);
    await expect(page.getByTestId('drafts-count')).toHaveText('0 drafts');
    await seed(page, DRAFTS);
    await page.reload();

    // Grouped by tender.
    await expect(page.getByTestId('drafts-count')).toHaveText('3 drafts');
    await expect(page.getByTestId('drafts-tender')).toHaveCount(2);
    await expect(page.getByTestId('drafts-tender').first()).toContainText('Library IT refresh (DN-9)');
    await expect(page.getByTestId('drafts-tender').nth(1)).toContainText('Managed cloud hosting (T-1)');
    await expect(page.getByTestId('drafts-row')).toHaveCount(3);

    // Search filters, including words only an older version had.
    const search = page.getByLabel('Search drafts');
    await search.fill('renewable');
    await expect(page.getByTestId('drafts-count')).toHaveText('1 of 3 drafts match');
    await expect(page.getByTestId('drafts-row')).toHaveText([/net zero/]);
    await search.fill('apprenticeships');
    await expect(page.getByTestId('drafts-row')).toHaveText([/local jobs.*found in an older version/]);
    await search.fill('');
    await expect(page.getByTestId('drafts-row')).toHaveCount(3);

    // Keyboard: arrows move between drafts, Enter opens one.
    await page.getByTestId('drafts-row').first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('drafts-row').nth(1)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('drafts-row').nth(2)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('drafts-question')).toHaveText('Q1 How will you create local jobs?');
    await expect(page.getByTestId('drafts-text')).toHaveText(NEW);

    // History with a readable diff, then restore the old version: the current text becomes a revision.
    await expect(page.getByTestId('drafts-revision')).toHaveCount(1);
    await page.getByRole('button', { name: 'Changes since' }).click();
    await expect(page.getByTestId('drafts-diff').locator('del').first()).toContainText('We will create 6 paid');
    const axeWithDiff = await new AxeBuilder({ page }).analyze();
    expect(axeWithDiff.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    await page.getByTestId('drafts-restore').click();
    await expect(page.getByTestId('drafts-text')).toHaveText(OLD);
    await expect(page.getByTestId('drafts-status')).toContainText('Restored the version');
    await expect(page.getByTestId('drafts-revision')).toHaveCount(2);
    await expect(page.getByTestId('drafts-revision').first()).toContainText('before a restore');
    await expect(page.getByTestId('drafts-revision').first()).toContainText(NEW);

    // Delete, then undo.
    await page.getByTestId('drafts-delete').click();
    await expect(page.getByTestId('drafts-status')).toHaveText('Draft deleted.');
    await expect(page.getByTestId('drafts-row')).toHaveCount(2);
    await page.getByTestId('drafts-undo').click();
    await expect(page.getByTestId('drafts-row')).toHaveCount(3);
    await expect(page.getByTestId('drafts-text')).toHaveText(OLD);

    // Axe, light and dark.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((v) => `${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
      ).toEqual([]);
    }

    // Delete everything asks first.
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    await page.getByTestId('drafts-delete-all-confirm').click();
    await expect(page.getByTestId('drafts-count')).toHaveText('0 drafts');
  });

  test('renders only the visible rows of a long list and keeps keyboard access to all of them', async ({
    context,
    extensionId,
  }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/drafts.html`);
    const many: Seed[] = Array.from({ length: 600 }, (_, i) => ({
      key: `jaggaer|ITT-${Math.floor(i / 20)}|${i}-q`,
      tenderRef: `ITT-${Math.floor(i / 20)}`,
      tenderTitle: `Tender ${Math.floor(i / 20)}`,
      question: `Q${i} Social value question number ${i}`,
      texts: [`Answer ${i}`],
    }));
    await seed(page, many);
    await page.reload();
    await expect(page.getByTestId('drafts-count')).toHaveText('600 drafts');
    const rendered = await page.locator('.svl-row').count();
    expect(rendered).toBeLessThan(40);
    await page.getByTestId('drafts-row').first().focus();
    await page.keyboard.press('End');
    await expect(page.locator('[data-testid="drafts-row"]:focus')).toHaveText(/Q0 Social value question number 0/);
    await page.keyboard.press('Home');
    await expect(page.locator('[data-testid="drafts-row"]:focus')).toHaveText(/Q599 /);
  });

  test('the side panel page shows the same manager with a link to the full page', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    await expect(page.getByRole('heading', { name: 'Your drafts' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open in a tab' })).toHaveAttribute(
      'href',
      `chrome-extension://${extensionId}/drafts.html`,
    );
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});

test('two tabs on the same question lose nothing: both versions are kept and the second tab is told', async ({
  context,
  server,
  serviceWorker,
  extensionId,
}) => {
  const url = server.url('findTenderSocialValue');
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await tabA.goto(url);
  await tabB.goto(url);
  const saved = (page: Page, id: string) => page.locator(`svl-overlay[data-svl-for="${id}"] [data-testid="svl-saved"]`);
  await expect(tabA.locator('#sv-jobs')).toHaveAttribute('data-svl-field', /^svl-\d+$/);
  await expect(tabB.locator('#sv-jobs')).toHaveAttribute('data-svl-field', /^svl-\d+$/);
  const idA = (await tabA.locator('#sv-jobs').getAttribute('data-svl-field'))!;
  const idB = (await tabB.locator('#sv-jobs').getAttribute('data-svl-field'))!;

  await tabA.locator('#sv-jobs').fill('Tab A: six apprenticeships.');
  await expect(saved(tabA, idA)).toContainText('Saved');
  await tabB.locator('#sv-jobs').fill('Tab B: a supported internship scheme.');
  await expect(tabB.locator(`svl-overlay[data-svl-for="${idB}"] [data-testid="svl-conflict"]`)).toHaveText(
    'Another tab changed this answer too: both versions are kept in the drafts manager.',
  );

  expect((await readDraftsInExtension(serviceWorker)).map((d) => d.text)).toContain(
    'Tab B: a supported internship scheme.',
  );
  const manager = await context.newPage();
  await manager.goto(`chrome-extension://${extensionId}/drafts.html`);
  await manager.getByTestId('drafts-row').first().click();
  const history = manager.getByTestId('drafts-history');
  await expect(history).toContainText('Tab A: six apprenticeships.');
  await expect(history).toContainText('Tab B: a supported internship scheme.');
  await expect(manager.getByTestId('drafts-revision').first()).toContainText('edited in two tabs');
});

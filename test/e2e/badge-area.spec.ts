import type { Locator, Page } from '@playwright/test';
import type { RouteName } from '../fixtures/routes';
import { coveredArea, FIFTEEN_LINES, MAX_COVERED_PX2 } from '../overlay-area';
import { expect, overlayOf, test } from './fixtures';

/**
 * The badge never covers writing: after 15 lines of text in each fixture portal's field, the overlay's boxes cover
 * at most 576 px² (one 24 x 24 marker) of the field's writing area.
 */
const FIELDS: Array<{
  name: string;
  route: RouteName;
  editable: (page: Page) => Locator;
  box: (page: Page) => Locator;
}> = [
  {
    name: 'GOV.UK textarea (Find a Tender)',
    route: 'findTenderSocialValue',
    editable: (p) => p.locator('#sv-jobs'),
    box: (p) => p.locator('#sv-jobs'),
  },
  {
    name: 'Jaggaer table cell',
    route: 'jaggaerQuestionnaire',
    editable: (p) => p.locator('#q_3_1'),
    box: (p) => p.locator('#q_3_1'),
  },
  {
    name: 'Quill (Atamis)',
    route: 'atamisRequirements',
    editable: (p) => p.locator('atm-requirement[data-ref="SV-02"] .ql-editor'),
    box: (p) => p.locator('atm-requirement[data-ref="SV-02"] .ql-editor'),
  },
  {
    name: 'CKEditor 5 (EU-Supply)',
    route: 'euSupplyCkeditor5',
    editable: (p) => p.locator('.ck-editor__editable').nth(1),
    box: (p) => p.locator('.ck-editor__editable').nth(1),
  },
  {
    name: 'TinyMCE (Delta)',
    route: 'deltaTinymce',
    editable: (p) => p.frameLocator('#answer_5532_ifr').locator('body#tinymce'),
    box: (p) => p.locator('#answer_5532_ifr'),
  },
];

for (const field of FIELDS) {
  test(`the overlay covers at most 576 px² of a ${field.name} with 15 lines of text`, async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(server.url(field.route));
    const overlay = await overlayOf(field.box(page));
    const editable = field.editable(page);
    if (field.route === 'findTenderSocialValue' || field.route === 'jaggaerQuestionnaire') {
      await editable.fill(FIFTEEN_LINES.join('\n'));
    } else {
      await editable.click();
      for (const line of FIFTEEN_LINES) {
        await page.keyboard.type(line);
        await page.keyboard.press('Enter');
      }
    }
    await expect(overlay.getByTestId('svl-count')).toContainText(/^(1[5-9]\d|[2-9]\d\d) words/);
    await expect(overlay.getByTestId('svl-saved')).toContainText('Saved');
    // Two frames for the placement that follows the last keystroke.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const fieldBox = (await field.box(page).boundingBox())!;
    const area = await overlay.evaluate(coveredArea, fieldBox);
    test.info().annotations.push({ type: 'covered px²', description: `${field.name}: ${area}` });
    console.log(`covered px² ${field.name}: ${area}`);
    expect(area).toBeLessThanOrEqual(MAX_COVERED_PX2);
  });
}

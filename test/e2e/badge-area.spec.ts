import type { Locator, Page } from '@playwright/test';
import type { RouteName } from '../fixtures/routes';
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

const LINES = Array.from(
  { length: 15 },
  (_, i) => `Line ${i + 1}: we will recruit local apprentices and report quarterly to the council.`,
);

for (const field of FIELDS) {
  test(`the overlay covers at most 576 px² of a ${field.name} with 15 lines of text`, async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(server.url(field.route));
    const overlay = await overlayOf(field.box(page));
    const editable = field.editable(page);
    if (field.route === 'findTenderSocialValue' || field.route === 'jaggaerQuestionnaire') {
      await editable.fill(LINES.join('\n'));
    } else {
      await editable.click();
      for (const line of LINES) {
        await page.keyboard.type(line);
        await page.keyboard.press('Enter');
      }
    }
    await expect(overlay.getByTestId('svl-count')).toContainText(/^(1[5-9]\d|[2-9]\d\d) words/);
    await expect(overlay.getByTestId('svl-saved')).toContainText('Saved');
    // Two frames for the placement that follows the last keystroke.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const fieldBox = (await field.box(page).boundingBox())!;
    const area = await overlay.evaluate((host, f) => {
      const boxes = [host, ...(host.shadowRoot?.querySelectorAll('*') ?? [])]
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.width > 0 && r.height > 0);
      // Area of the union of the overlay's boxes inside the field, on a 1 px grid (boxes may overlap each other).
      const covered = new Set<number>();
      for (const r of boxes) {
        const x0 = Math.max(Math.floor(r.left), Math.floor(f.x));
        const x1 = Math.min(Math.ceil(r.right), Math.ceil(f.x + f.width));
        const y0 = Math.max(Math.floor(r.top), Math.floor(f.y));
        const y1 = Math.min(Math.ceil(r.bottom), Math.ceil(f.y + f.height));
        for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) covered.add(y * 100_000 + x);
      }
      return covered.size;
    }, fieldBox);
    test.info().annotations.push({ type: 'covered px²', description: `${field.name}: ${area}` });
    console.log(`covered px² ${field.name}: ${area}`);
    expect(area).toBeLessThanOrEqual(576);
  });
}

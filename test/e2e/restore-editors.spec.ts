import type { Locator, Page } from '@playwright/test';
import { test, expect, overlayOf } from './fixtures';
import type { RouteName } from '../fixtures/routes';

/**
 * Restore into rich-text editors: after the portal's page comes back empty, Restore puts the saved draft into the
 * editor through the editor's own editing path (so the editor's model, not just its DOM, has the text).
 */
const EDITORS: Array<{
  name: string;
  route: RouteName;
  editable: (page: Page) => Locator;
  field: (page: Page) => Locator;
}> = [
  {
    name: 'Quill inside shadow roots (Atamis)',
    route: 'atamisRequirements',
    editable: (page) => page.locator('atm-requirement[data-ref="SV-02"] .ql-editor'),
    field: (page) => page.locator('atm-requirement[data-ref="SV-02"] .ql-editor'),
  },
  {
    name: 'CKEditor 5 (EU-Supply)',
    route: 'euSupplyCkeditor5',
    editable: (page) => page.locator('.ck-editor__editable').nth(1),
    field: (page) => page.locator('.ck-editor__editable').nth(1),
  },
  {
    name: 'TinyMCE classic in an iframe (Delta)',
    route: 'deltaTinymce',
    editable: (page) => page.frameLocator('#answer_5532_ifr').locator('body#tinymce'),
    field: (page) => page.locator('#answer_5532_ifr'),
  },
  {
    name: 'CKEditor 4 in an iframe (In-Tend)',
    route: 'inTendCkeditor4',
    editable: (page) =>
      page.frameLocator('#cke_ctl00_ContentPlaceHolder1_txtAnswer_41 iframe.cke_wysiwyg_frame').locator('body'),
    field: (page) => page.locator('#cke_ctl00_ContentPlaceHolder1_txtAnswer_41 iframe.cke_wysiwyg_frame'),
  },
];

for (const editor of EDITORS) {
  test(`restore into ${editor.name}`, async ({ context, server }) => {
    const page = await context.newPage();
    const url = server.url(editor.route);
    await page.goto(url);
    const overlay = await overlayOf(editor.field(page));
    await editor.editable(page).click();
    await page.keyboard.type('We will offer 5 supported internships.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Reported every quarter.');
    await expect(overlay.getByTestId('svl-saved')).toContainText('Saved');
    // What the editor holds is what must come back. (Quill 2 inside a shadow root moves the caret after the first
    // key, with or without the extension, so the typed order is not a given; the saved text is.)
    const typed = (await editor.editable(page).textContent())!;
    expect(typed).toContain('supported internships.');

    await page.goto(url);
    const again = await overlayOf(editor.field(page));
    await editor.field(page).scrollIntoViewIfNeeded(); // the badge shows only while its field is on screen
    const restore = again.getByTestId('svl-restore');
    await expect(restore).toBeVisible();
    await expect(editor.editable(page)).not.toContainText('internships'); // offered, never applied by itself
    await restore.click();
    await expect(editor.editable(page)).toHaveText(typed);
    await expect(again.getByTestId('svl-count')).toHaveText(/^9 words/);
    await expect(restore).toHaveCount(0);
  });
}

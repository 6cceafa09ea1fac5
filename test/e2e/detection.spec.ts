import type { Page } from '@playwright/test';
import { PORTALS } from '@/lib/portals';
import type { RouteName } from '../fixtures/routes';
import { test, expect, overlayOf } from './fixtures';
import { scanState } from './scan';

/** Supplier-side overlays (the buyer-side question checker has its own mode). */
const ANSWER_OVERLAY = 'svl-overlay:not([data-svl-mode="buyer"])';
const overlayFor = (id: string) => `svl-overlay[data-svl-for="${id}"]`;

/** The latest scan's figures, from the User Timing entry page.ts writes. */
async function lastScan(page: Page): Promise<{ fields: number; socialValue: number } | null> {
  return page.evaluate(() => {
    const entries = performance.getEntriesByName('svl-scan') as PerformanceMeasure[];
    const detail = entries.at(-1)?.detail as { fields: number } | undefined;
    if (!detail) return null;
    return {
      fields: detail.fields,
      socialValue: document.querySelectorAll('svl-overlay:not([data-svl-mode="buyer"])').length,
    };
  });
}

/** querySelectorAll through open shadow roots. */
async function deepCount(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    let count = 0;
    const walk = (root: Document | ShadowRoot) => {
      count += root.querySelectorAll(sel).length;
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return count;
  }, selector);
}

test.describe('portal fixtures: fields found, social value fields and known selectors (data in lib/portals)', () => {
  for (const portal of PORTALS) {
    for (const fixture of portal.fixtures) {
      test(`${portal.id}: ${fixture.route}`, async ({ context, server }) => {
        const page = await context.newPage();
        await page.goto(server.url(fixture.route as RouteName));
        await expect
          .poll(() => lastScan(page), { timeout: 8_000 })
          .toEqual({
            fields: fixture.fields,
            socialValue: fixture.socialValue,
          });
        await expect(page.locator(ANSWER_OVERLAY)).toHaveCount(fixture.socialValue);
        for (const [name, expected] of Object.entries(fixture.selectors)) {
          const selector = portal.knownSelectors[name];
          expect(selector, `${portal.id} knownSelectors.${name}`).toBeDefined();
          expect(await deepCount(page, selector!), `${portal.id} ${name}: ${selector}`).toBe(expected);
        }
        await page.close();
      });
    }
  }
});

test.describe('detection on each kind of page', () => {
  test('Jaggaer table: the social value rows, not the technical, pricing, carbon plan or one-line fields', async ({
    context,
    server,
  }) => {
    const page = await context.newPage();
    await page.goto(server.url('jaggaerQuestionnaire'));
    await expect(page.locator('#q_3_1')).toHaveAttribute('data-svl-field', /svl-\d+/);
    await expect(page.locator('#q_3_2')).toHaveAttribute('data-svl-field', /svl-\d+/);
    await expect.poll(() => scanState(page)).toEqual({ fields: 6, settled: true }); // the scan has seen every answer field
    for (const id of ['q_1_1', 'q_1_2', 'q_1_3', 'q_2_1', 'q_2_2', 'q_4_1']) {
      await expect(page.locator(`#${id}`)).not.toHaveAttribute('data-svl-field', /.*/);
    }
    const id = await page.locator('#q_3_1').getAttribute('data-svl-field');
    await expect(page.locator(`${overlayFor(id!)} [data-testid="svl-limit"]`)).toContainText('750 words');
  });

  test('Atamis: fields inside nested open shadow roots, and typing in the Quill rich-text answer counts', async ({
    context,
    server,
  }) => {
    const page = await context.newPage();
    await page.goto(server.url('atamisRequirements'));
    const rich = page.locator('atm-requirement[data-ref="SV-02"] .ql-editor');
    await expect(rich).toHaveAttribute('data-svl-field', /svl-\d+/);
    await expect(page.locator('atm-requirement[data-ref="SV-01"] textarea')).toHaveAttribute(
      'data-svl-field',
      /svl-\d+/,
    );
    await expect.poll(() => scanState(page)).toEqual({ fields: 5, settled: true }); // including those in shadow roots
    for (const ref of ['TR-01', 'TR-02', 'CM-01']) {
      await expect(page.locator(`atm-requirement[data-ref="${ref}"] textarea`)).not.toHaveAttribute(
        'data-svl-field',
        /.*/,
      );
    }
    const id = await rich.getAttribute('data-svl-field');
    const count = page.locator(`${overlayFor(id!)} [data-testid="svl-count"]`);
    await expect(count).toHaveText(/^0 words/);
    await rich.click();
    await page.keyboard.type('We will hire four disabled apprentices.');
    await expect(count).toHaveText(/^6 words/);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Each gets a mentor.');
    await expect(count).toHaveText(/^10 words/);
  });

  test('TinyMCE classic: the iframe editor is the field, labelled by its hidden textarea; typing counts', async ({
    context,
    server,
  }) => {
    const page = await context.newPage();
    await page.goto(server.url('deltaTinymce'));
    const frame = page.locator('#answer_5532_ifr');
    await expect(frame).toHaveAttribute('data-svl-field', /svl-\d+/);
    await expect.poll(() => scanState(page)).toEqual({ fields: 2, settled: true }); // both editors, once loaded
    await expect(page.locator('#answer_5531_ifr')).not.toHaveAttribute('data-svl-field', /.*/);
    await expect(page.locator('#answer_5532')).not.toHaveAttribute('data-svl-field', /.*/); // the hidden source
    const id = await frame.getAttribute('data-svl-field');
    const count = page.locator(`${overlayFor(id!)} [data-testid="svl-count"]`);
    await expect(page.locator(`${overlayFor(id!)} [data-testid="svl-limit"]`)).toContainText('500 words');
    const body = page.frameLocator('#answer_5532_ifr').locator('body#tinymce');
    await body.click();
    await page.keyboard.type('Our staff will give 200 volunteering hours.');
    await expect(count).toHaveText(/^7 words/);
  });

  test('CKEditor 5: the editable is the field, its question from the source textarea; typing counts', async ({
    context,
    server,
  }) => {
    const page = await context.newPage();
    await page.goto(server.url('euSupplyCkeditor5'));
    const editables = page.locator('.ck-editor__editable');
    await expect(editables.nth(1)).toHaveAttribute('data-svl-field', /svl-\d+/);
    await expect.poll(() => scanState(page)).toEqual({ fields: 2, settled: true });
    await expect(editables.nth(0)).not.toHaveAttribute('data-svl-field', /.*/);
    const id = await editables.nth(1).getAttribute('data-svl-field');
    const count = page.locator(`${overlayFor(id!)} [data-testid="svl-count"]`);
    await expect(page.locator(`${overlayFor(id!)} [data-testid="svl-limit"]`)).toContainText('3,000 characters');
    await editables.nth(1).click();
    await page.keyboard.type('Twelve local residents trained.');
    await expect(count).toHaveText(/^4 words\D+31 chars/);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Reported quarterly.');
    await expect(count).toHaveText(/^6 words/);
  });

  test('an answer box that only asks "Please describe your approach." is social value under the Social Value heading, not under Pricing', async ({
    context,
    server,
  }) => {
    const page = await context.newPage();
    await page.goto(server.url('jaggaerQuestionnaire'));
    await expect.poll(() => scanState(page)).toEqual({ fields: 6, settled: true });
    // The portal adds a question to each section (as its "add question" round trip would).
    await page.evaluate(() => {
      const row = (code: string, id: string) => {
        const tr = document.createElement('tr');
        tr.innerHTML = `<td class="q-code">${code}</td><td class="q-text">Please describe your approach.</td><td><textarea class="form_textarea" name="${id}" id="${id}" maxlength="4000"></textarea></td>`;
        return tr;
      };
      document.querySelector('#q_3_2')!.closest('tr')!.after(row('3.3', 'q_3_3'));
      document.querySelector('#q_4_1')!.closest('tr')!.after(row('4.2', 'q_4_2'));
    });
    await expect(page.locator('#q_3_3')).toHaveAttribute('data-svl-field', /svl-\d+/);
    await expect.poll(() => scanState(page)).toEqual({ fields: 8, settled: true });
    await expect(page.locator('#q_4_2')).not.toHaveAttribute('data-svl-field', /.*/);
    const overlay = await overlayOf(page.locator('#q_3_3'));
    await page.locator('#q_3_3').scrollIntoViewIfNeeded(); // the badge shows only while its field is on screen
    await expect(overlay).toBeVisible();
  });

  test('questions added later: a wizard step and "add another" get overlays', async ({ context, server }) => {
    const page = await context.newPage();
    await page.goto(server.url('etendersniDynamic'));
    await expect.poll(() => lastScan(page)).toEqual({ fields: 1, socialValue: 0 }); // the scan saw step 1's field
    await expect(page.locator('#crit-101')).not.toHaveAttribute('data-svl-field', /.*/);
    await page.click('#next-step');
    await expect(page.locator('#crit-201')).toHaveAttribute('data-svl-field', /svl-\d+/);
    // The rescan saw step 2's field (step 1 is now hidden) and finished: step 1's field stayed unbadged.
    await expect.poll(() => scanState(page)).toEqual({ fields: 1, settled: true });
    await expect(page.locator('#crit-101')).not.toHaveAttribute('data-svl-field', /.*/);
    await page.click('#add-another');
    await page.click('#add-another');
    await expect(page.locator('#commitment-1')).toHaveAttribute('data-svl-field', /svl-\d+/);
    await expect(page.locator('#commitment-2')).toHaveAttribute('data-svl-field', /svl-\d+/);
    await expect(page.locator(ANSWER_OVERLAY)).toHaveCount(3);
  });

  test('the overlay never changes the layout or document size, and follows a field that moves', async ({
    context,
    server,
  }) => {
    const page = await context.newPage();
    await page.goto(server.url('procontractWebforms'));
    const field = page.locator('#ctl00_ContentPlaceHolder1_rptQuestions_ctl03_txtAnswer');
    await expect(field).toHaveAttribute('data-svl-field', /svl-\d+/);
    const overlay = await overlayOf(field);
    await expect(overlay).toBeVisible();
    const geometry = () =>
      page.evaluate(() => {
        const box = document
          .getElementById('ctl00_ContentPlaceHolder1_rptQuestions_ctl03_txtAnswer')!
          .getBoundingClientRect();
        const root = document.documentElement;
        return { width: root.scrollWidth, height: root.scrollHeight, box: [box.x, box.y, box.width, box.height] };
      });
    const withOverlay = await geometry();
    await page.evaluate(() =>
      document.querySelectorAll<HTMLElement>('svl-overlay').forEach((el) => (el.style.display = 'none')),
    );
    const without = await geometry();
    expect(withOverlay).toEqual(without);
    await page.evaluate(() =>
      document.querySelectorAll<HTMLElement>('svl-overlay').forEach((el) => (el.style.display = '')),
    );

    // Collapse the section above: the field moves up, the overlay keeps the same place relative to it.
    const offset = async () => {
      const [f, o] = await Promise.all([field.boundingBox(), overlay.boundingBox()]);
      return {
        fieldTop: Math.round(f!.y),
        dy: Math.round(o!.y - f!.y),
        dx: Math.round(o!.x + o!.width - (f!.x + f!.width)),
      };
    };
    const before = await offset();
    await page.click('#ctl00_ContentPlaceHolder1_hdrSection1');
    await expect.poll(async () => (await offset()).fieldTop).toBeLessThan(before.fieldTop - 50);
    await expect
      .poll(async () => {
        const after = await offset();
        return [after.dy, after.dx];
      })
      .toEqual([before.dy, before.dx]);
  });
});

test('single-page navigation: the same box asking a new question gets a new draft and guidance; going back offers the first draft', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('atamisSinglePage'));
  const field = page.locator('#answer');
  let overlay = await overlayOf(field);
  await expect(overlay.getByTestId('svl-theme')).toHaveText('Tackling economic inequality');
  await field.fill('We will hire 4 local apprentices.');
  await expect(overlay.getByTestId('svl-saved')).toContainText('Saved');

  await page.click('#next');
  await expect(page.locator('#question')).toContainText('carbon emissions');
  await expect(page.locator('svl-overlay')).toHaveCount(1);
  overlay = page.locator('svl-overlay');
  await expect(overlay.getByTestId('svl-theme')).toHaveText('Fighting climate change');
  await expect(overlay.getByTestId('svl-restore')).toHaveCount(0); // the first answer does not follow the box
  await field.fill('We will cut delivery emissions by 30% by 2028.');
  await expect(overlay.getByTestId('svl-saved')).toContainText('Saved');

  await page.click('#back');
  await expect(page.locator('#question')).toContainText('employment opportunities');
  await expect(page.locator('svl-overlay').getByTestId('svl-theme')).toHaveText('Tackling economic inequality');
  await page.locator('svl-overlay').getByTestId('svl-restore').click();
  await expect(field).toHaveValue('We will hire 4 local apprentices.');
});

test('CKEditor 4: the iframe editing area is the field, its question from the replaced textarea; the technical one is left alone', async ({
  context,
  server,
}) => {
  const page = await context.newPage();
  await page.goto(server.url('inTendCkeditor4'));
  const social = page.locator('#cke_ctl00_ContentPlaceHolder1_txtAnswer_41 iframe.cke_wysiwyg_frame');
  const technical = page.locator('#cke_ctl00_ContentPlaceHolder1_txtAnswer_51 iframe.cke_wysiwyg_frame');
  const overlay = await overlayOf(social);
  await expect.poll(() => scanState(page)).toEqual({ fields: 2, settled: true }); // the technical editor too, once loaded
  await expect(technical).not.toHaveAttribute('data-svl-field', /.*/);
  await expect(overlay.getByTestId('svl-theme')).toHaveText('Tackling economic inequality');
  await expect(overlay.getByTestId('svl-limit')).toContainText('500 words');
  await page
    .frameLocator('#cke_ctl00_ContentPlaceHolder1_txtAnswer_41 iframe.cke_wysiwyg_frame')
    .locator('body')
    .click();
  await page.keyboard.type('We will offer ten placements.');
  await expect(overlay.getByTestId('svl-count')).toHaveText(/^5 words/);
});

import AxeBuilder from '@axe-core/playwright';
import { test, expect, emulateSchemeSettled } from './fixtures';

const buyerOverlay = (id: string) => `svl-overlay[data-svl-for="${id}"][data-svl-mode="buyer"]`;

test.describe('procurer checks question wording on a buyer authoring page', () => {
  test('the overlay appears on question fields only, shows findings, and updates when the wording improves', async ({
    context,
    server,
  }) => {
    const page = await context.newPage();
    await page.goto(server.url('buyerSocialValueQuestions'));
    const field = page.locator('#fc_question_1');
    await expect(field).toHaveAttribute('data-svl-field', /svl-b\d+/);
    await expect(page.locator('#fc_question_2')).toHaveAttribute('data-svl-field', /svl-b\d+/);
    // Not a question field (notes), and a hidden "add another" row: left alone.
    await expect(page.locator('#buyer_notes')).not.toHaveAttribute('data-svl-field', /.*/);
    await expect(page.locator('#fc_question_3')).not.toHaveAttribute('data-svl-field', /.*/);
    await expect(page.locator('svl-overlay[data-svl-mode="buyer"]')).toHaveCount(2);

    const id = (await field.getAttribute('data-svl-field'))!;
    const overlay = page.locator(buyerOverlay(id));
    expect(
      await overlay.evaluate(
        (el) =>
          el.parentElement?.localName === 'svl-overlays' &&
          el.parentElement.parentElement === document.body &&
          el.shadowRoot !== null &&
          getComputedStyle(el).position === 'fixed',
      ),
    ).toBe(true);
    const count = overlay.locator('[data-testid="svl-check-count"]');
    await expect(count).toContainText(/\d+ findings: \d+ errors?/);
    const before = await count.textContent();
    const totalBefore = Number(/(\d+) findings/.exec(before ?? '')![1]);

    // The top findings, worst first; the 5% weighting field is read from the page.
    await overlay.locator('[data-testid="svl-check-toggle"]').click();
    const items = overlay.locator('[data-testid="svl-check-finding"]');
    await expect(items).toHaveCount(3);
    await expect(items.first()).toHaveAttribute('data-severity', 'error');
    await expect(
      overlay.locator('[data-check="weighting"]').or(overlay.locator('[data-check="outcome-criteria"]')).first(),
    ).toBeVisible();

    // Rewrite the question well: fewer findings after the typing pause, and no errors.
    const better = [
      'Outcome 1: Fair work. Award criteria: MAC 1a and MAC 1d.',
      'In no more than 600 words, tell us what you will deliver through this contract. Please give your commitments: what you will do, how much, for whom and by when, each specific and measurable with a date;',
      'a method statement saying how you will deliver each commitment; a timed project plan with milestones; and how you will monitor progress and report it to us each quarter.',
      'We will score the answer against each award criterion using the scoring levels in the tender documents.',
    ].join('\n');
    await field.fill(better);
    await expect(count).not.toContainText('checking');
    await expect(count).not.toHaveText(before!);
    const after = await count.textContent();
    const totalAfter = Number(/(\d+) findings?/.exec(after ?? '')?.[1] ?? '0');
    expect(totalAfter).toBeLessThan(totalBefore);
    // The weighting field still says 5%: raising it clears the weighting error.
    await expect(count).toContainText('1 error');
    await page.locator('#social_value_weighting').fill('15');
    await expect(count).not.toContainText('error');
    // The page's own field is never written by the overlay.
    await expect(field).toHaveValue(better);

    // The overlay's findings are reachable with the keyboard and axe-clean, in light and dark schemes.
    await page.locator('#fc_question_2').fill('Tell us about your CSR policy.');
    const second = page.locator(buyerOverlay((await page.locator('#fc_question_2').getAttribute('data-svl-field'))!));
    await expect(second.locator('[data-testid="svl-check-count"]')).toContainText('findings');
    await page.locator('#fc_question_2').focus();
    let reachedSummary = false;
    for (let i = 0; i < 12 && !reachedSummary; i++) {
      await page.keyboard.press('Tab');
      reachedSummary = await page.evaluate(() => {
        const host = document.activeElement;
        return host?.localName === 'svl-overlay' && host.shadowRoot?.activeElement?.localName === 'summary';
      });
    }
    expect(reachedSummary).toBe(true);
    for (const scheme of ['light', 'dark'] as const) {
      await emulateSchemeSettled(page, scheme);
      const axe = await new AxeBuilder({ page }).include('svl-overlay').analyze();
      expect(
        axe.violations.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    }
  });
});

test.describe('Question checker extension page', () => {
  test('paste wording, see findings with highlights, copy the rewrite; axe clean', async ({ context, extensionId }) => {
    test.setTimeout(60_000);
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/checker.html`);
    await expect(page.getByRole('heading', { level: 1, name: 'Question checker' })).toBeVisible();
    const question = page.getByLabel('Question wording');
    await question.fill(
      'The Department for Education asks: please describe your approach to social value, including your ISO 14001 certificate, and how it will be utilised in order to facilitate outcomes. Maximum 100 words. Weighting 5%.',
    );
    await page.getByLabel('What the contract buys').selectOption('hardware');
    const summary = page.getByTestId('qc-summary');
    await expect(summary).toContainText(/\d+ findings: \d+ errors?/);
    const findings = page.getByTestId('qc-finding');
    expect(await findings.count()).toBeGreaterThan(5);
    await expect(findings.first()).toHaveAttribute('data-severity', 'error');
    // Every finding shows its reason and its source.
    for (const item of await findings.all()) {
      await expect(item.locator('.qc-reason')).toContainText(/Why: \S/);
      await expect(item.locator('.qc-source')).toHaveCount(1);
    }
    // The wording is shown with the findings' words in <mark> elements, as text.
    const marks = page.getByTestId('qc-highlighted').locator('mark');
    await expect(marks.filter({ hasText: 'ISO 14001' })).toHaveCount(1);
    await expect(marks.filter({ hasText: 'utilised' })).toHaveCount(1);
    await expect(page.getByTestId('qc-readability')).toContainText('Reading ease');

    // Untrusted text stays text.
    await question.fill('<img src=x onerror="window.__svlPwned=1"> Outcome 1 <b>bold</b>');
    await expect(page.getByTestId('qc-highlighted')).toContainText('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { __svlPwned?: number }).__svlPwned)).toBeUndefined();
    await expect(page.getByTestId('qc-highlighted').locator('img, b')).toHaveCount(0);

    await question.fill(
      'Department for Education: describe the apprenticeships you will create on this contract. Weighting 5%.',
    );
    const rewrite = page.getByTestId('qc-rewrite');
    await expect(rewrite).toHaveValue(/10% of the total score/);
    await expect(rewrite).toHaveValue(/method statement/);
    await page.getByTestId('qc-copy').click();
    await expect(page.getByTestId('qc-copied')).toHaveText('Rewrite copied.');
    // Paste it back into the question box: the clipboard holds the rewrite.
    const copiedText = await rewrite.inputValue();
    await question.fill('');
    await question.focus();
    await page.keyboard.press('Control+V');
    await expect(question).toHaveValue(copiedText);

    // Keyboard: the question box, the form fields and the copy button are all reachable with Tab.
    await question.focus();
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      reached.add(
        await page.evaluate(
          () => document.activeElement?.id || document.activeElement?.getAttribute('data-testid') || '',
        ),
      );
    }
    expect(reached).toContain('qc-category');
    expect(reached).toContain('qc-copy');

    await question.fill('Describe your CSR policy and approach to social value. Weighting 5%.');
    await expect(page.getByTestId('qc-finding').first()).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page
        .locator('details.qc-guidance')
        .first()
        .evaluate((d) => ((d as HTMLDetailsElement).open = true));
      const axe = await new AxeBuilder({ page }).analyze();
      expect(
        axe.violations.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    }
  });
});

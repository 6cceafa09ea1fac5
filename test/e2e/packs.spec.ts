import fs from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { launchWithExtension } from '../browser';
import { test, expect, readDraftsInExtension } from './fixtures';

/** The extension page's own API, inside page.evaluate. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const ANSWERS = [
  { n: 1, text: 'We will create 6 paid placements a year for care leavers, each with a named mentor.' },
  { n: 2, text: 'Our hosting runs on 100% renewable electricity; we publish a carbon reduction plan.' },
];

/** Seed drafts through the background, the same message the content script sends while someone types. */
async function seedDrafts(page: Page) {
  for (const { n, text } of ANSWERS) {
    const answer = await page.evaluate(
      ([n, text]) =>
        chrome.runtime.sendMessage({
          type: 'draft:save',
          draft: {
            key: `find-tender|ocds-e2e-1|${n}-e2e${n}`,
            portalId: 'find-tender',
            tenderRef: 'ocds-e2e-1',
            tenderTitle: 'Cloud hosting for adult social care',
            question: `${n}. Describe your social value commitment. Maximum 500 words.`,
            url: 'https://www.find-tender.service.gov.uk/Notice/000123-2026',
          },
          text,
        }),
      [n, text] as const,
    );
    expect(answer).toMatchObject({ ok: true });
  }
}

test.describe('packs page', () => {
  test('export everything, import into a fresh profile with a preview, and refuse a tampered file', async ({
    context,
    extensionId,
  }, testInfo) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/packs.html`);
    await seedDrafts(page);
    await page.reload();
    await expect(page.getByText('Cloud hosting for adult social care')).toBeVisible();
    await page.getByLabel('Your name (shown on revisions the receiver keeps)').fill('Priya Shah');

    const downloading = page.waitForEvent('download');
    await page.getByTestId('pack-export-all').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      /^svl-pack-\d{4}-\d{2}-\d{2}-cloud-hosting-for-adult-social-care.*\.svlpack$/,
    );
    const file = testInfo.outputPath(download.suggestedFilename());
    await download.saveAs(file);
    await expect(page.getByTestId('pack-export-status')).toContainText('Exported 2 drafts from 1 tenders');
    const entries = Object.keys(unzipSync(fs.readFileSync(file)));
    expect(entries).toEqual(
      expect.arrayContaining([
        'pack.json',
        expect.stringMatching(/^tenders\/1-.*\.docx$/),
        expect.stringMatching(/^tenders\/1-.*\.md$/),
      ]),
    );

    // A colleague's fresh profile.
    const { context: fresh, userDataDir } = await launchWithExtension();
    try {
      const worker = fresh.serviceWorkers()[0] ?? (await fresh.waitForEvent('serviceworker'));
      const freshId = new URL(worker.url()).host;
      const other = await fresh.newPage();
      await other.goto(`chrome-extension://${freshId}/packs.html`);

      // Tampered: one answer edited inside pack.json, digest left as it was.
      const files = unzipSync(fs.readFileSync(file));
      files['pack.json'] = strToU8(strFromU8(files['pack.json']!).replace('6 paid placements', '60 paid placements'));
      await other
        .getByLabel('Pack file (.svlpack)')
        .setInputFiles({ name: 'tampered.svlpack', mimeType: 'application/zip', buffer: Buffer.from(zipSync(files)) });
      await expect(other.getByTestId('pack-import-error')).toContainText('changed since it was exported');
      await expect(other.getByTestId('pack-preview')).toHaveCount(0);
      expect(await readDraftsInExtension(worker)).toEqual([]);

      // Not a pack at all.
      await other
        .getByLabel('Pack file (.svlpack)')
        .setInputFiles({ name: 'notes.svlpack', mimeType: 'text/plain', buffer: Buffer.from('hello') });
      await expect(other.getByTestId('pack-import-error')).toContainText('not a Social Value Lens pack');

      // The real file: preview first, nothing written until Import.
      await other.getByLabel('Pack file (.svlpack)').setInputFiles(file);
      const preview = other.getByTestId('pack-preview');
      await expect(preview).toBeVisible();
      await expect(other.getByTestId('pack-preview-summary')).toContainText('2 new drafts in 1 new tenders');
      await expect(preview).toContainText('Priya Shah');
      for (const { text } of ANSWERS) await expect(other.getByTestId('pack-preview-added')).toContainText(text);
      expect(await readDraftsInExtension(worker)).toEqual([]);

      await other.getByTestId('pack-import-confirm').click();
      await expect(other.getByTestId('pack-import-done')).toContainText('Imported: 2 new drafts, 1 new tenders');
      const drafts = await readDraftsInExtension(worker);
      expect(drafts.map((d) => d.text).sort()).toEqual(ANSWERS.map((a) => a.text).sort());

      // The same file again: nothing new.
      await other.getByLabel('Pack file (.svlpack)').setInputFiles(file);
      await expect(other.getByTestId('pack-preview-summary')).toContainText(
        '0 new drafts in 0 new tenders, 2 already the same, 0 conflicts',
      );
      await expect(preview).toContainText('You already have everything in this pack.');
    } finally {
      await fresh.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});

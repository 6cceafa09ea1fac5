/**
 * Firefox smoke suite: Debian's Firefox ESR driven over WebDriver BiDi with puppeteer-core, the built
 * .output/firefox-mv2 installed as a temporary add-on, fixture portal pages served over HTTPS under their real
 * host names (every name resolves to 127.0.0.1 via `network.dns.forceResolve`; the throwaway certificate is
 * accepted with acceptInsecureCerts). No browser downloads, no network.
 *
 * Run: `npx tsx test/firefox/smoke.ts` after `npx wxt build -b firefox`. Prints "N passed, N failed".
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from '../fixture-server';
import { coveredArea, FIFTEEN_LINES, MAX_COVERED_PX2 } from '../overlay-area';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, process.env.SVL_OUT_DIR ?? '.output');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const GECKO_ID = 'social-value-lens@socialvaluelens.invalid';
/** A fixed internal UUID for the add-on, so its pages have a known moz-extension:// address. */
const UUID = '5a1e0c4e-16f1-4e5b-9a6f-5b1e0c4e16f1';
const EXT = `moz-extension://${UUID}`;
const TIMEOUT = 15_000;

function extensionDir(): string {
  for (const name of ['firefox-mv2', 'firefox-mv3']) {
    const dir = path.join(OUT, name);
    if (fs.existsSync(path.join(dir, 'manifest.json'))) return dir;
  }
  throw new Error(`No Firefox build under ${OUT}: run "npx wxt build -b firefox" first.`);
}

/** Text inside the open shadow root of the overlay of `fieldSelector`, at `[data-testid=testId]` ('' if none yet). */
function overlayText(page: Page, fieldSelector: string, testId: string): Promise<string> {
  return page.evaluate(
    (selector, id) => {
      const svlId = document.querySelector(selector)?.getAttribute('data-svl-field');
      const overlay = svlId ? document.querySelector(`svl-overlay[data-svl-for="${svlId}"]`) : null;
      return overlay?.shadowRoot?.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
    },
    fieldSelector,
    testId,
  );
}

/**
 * A real mouse click on the control `[data-testid=testId]` in the overlay of `fieldSelector`. The overlay is hidden
 * while its field is off screen (an 800 × 600 window puts these fields below the fold), and puppeteer's click over
 * BiDi does not wait for visibility: it would click the page at the hidden control's place. So bring the field into
 * view first and wait until the overlay is shown beside it, as a person would see it.
 */
async function clickInOverlay(page: Page, fieldSelector: string, testId: string): Promise<void> {
  await page.$eval(fieldSelector, (el) => el.scrollIntoView({ block: 'center' }));
  const handle = await waitFor(
    'the overlay control on screen',
    () =>
      page.evaluateHandle(
        (selector, id) => {
          const svlId = document.querySelector(selector)?.getAttribute('data-svl-field');
          const overlay = svlId ? document.querySelector(`svl-overlay[data-svl-for="${svlId}"]`) : null;
          if (!overlay || getComputedStyle(overlay).visibility !== 'visible') return null;
          return overlay.shadowRoot?.querySelector(`[data-testid="${id}"]`) ?? null;
        },
        fieldSelector,
        testId,
      ),
    (h) => h.asElement() !== null,
  );
  await (handle.asElement() as ElementHandle<Element>).click();
}

/** Text of the first element matching `selector` ('' if none yet). */
function textOf(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => document.querySelector(sel)?.textContent?.trim() ?? '', selector);
}

/** A real click on the button whose text is `label`. */
async function clickButton(page: Page, label: string): Promise<void> {
  const handle = await page.evaluateHandle(
    (text) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === text) ?? null,
    label,
  );
  const button = handle.asElement();
  if (!button) throw new Error(`no button "${label}"`);
  await (button as ElementHandle<Element>).click();
}

/**
 * Open one of the extension's own pages. Firefox's BiDi never reports the load of a moz-extension:// page to
 * puppeteer (the navigation itself happens), so do not wait on it: wait on the page's content instead.
 */
async function openExtensionPage(browser: Browser, file: string): Promise<Page> {
  const page = await browser.newPage();
  void page.goto(`${EXT}/${file}`, { timeout: 2_000 }).catch(() => undefined);
  await waitFor(
    `${file} to load`,
    () => page.evaluate(() => `${location.href} ${document.readyState}`),
    (s) => s === `${EXT}/${file} complete`,
  );
  return page;
}

/** Reload an extension page (same BiDi quirk as above: wait on the new document, not on the load event). */
async function reloadExtensionPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { svlOld?: boolean }).svlOld = true;
  });
  void page.reload({ timeout: 2_000 }).catch(() => undefined);
  await waitFor(
    'the page to reload',
    () => page.evaluate(() => `${(window as unknown as { svlOld?: boolean }).svlOld === true} ${document.readyState}`),
    (s) => s === 'false complete',
  );
}

async function waitFor<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + TIMEOUT;
  let last: T | undefined;
  for (;;) {
    try {
      last = await probe();
      if (ok(last)) return last;
    } catch {
      // page still loading: try again
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const TEXT = 'We will hire 12 apprentices — all local.';
const LIBRARY_TITLE = 'Apprentices on our last public contract';
const LIBRARY_TEXT =
  'On our 2025 council contract we took on 6 apprentices from the local area; 5 completed their Level 3.';

const tests: Array<{ name: string; run: (browser: Browser, server: FixtureServer) => Promise<void> }> = [
  {
    name: 'overlay appears on the two social value fields of a Find a Tender page and counts as you type',
    async run(browser, server) {
      const page = await browser.newPage();
      await page.goto(server.url('findTenderSocialValue'));
      await waitFor(
        'two overlays',
        () => page.evaluate(() => document.querySelectorAll('svl-overlay').length),
        (n) => n === 2,
      );
      await waitFor(
        'empty count',
        () => overlayText(page, '#sv-jobs', 'svl-count'),
        (t) => t === '0 words · 0 chars',
      );
      await page.type('#sv-jobs', TEXT);
      await waitFor(
        'count after typing',
        () => overlayText(page, '#sv-jobs', 'svl-count'),
        (t) => t === '8 words · 40 chars',
      );
      const theme = await overlayText(page, '#sv-jobs', 'svl-theme');
      if (theme !== 'Tackling economic inequality') throw new Error(`theme: ${theme}`);
      await page.close();
    },
  },
  {
    name: 'in a narrow Jaggaer table cell with 15 lines of text the overlay covers at most 576 px² of the field',
    async run(browser, server) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1100, height: 900 });
      await page.goto(server.url('jaggaerQuestionnaire'));
      await waitFor(
        'the overlay',
        () => page.evaluate(() => !!document.querySelector('#q_3_1')?.getAttribute('data-svl-field')),
        (ok) => ok,
      );
      await page.type('#q_3_1', FIFTEEN_LINES.join('\n'));
      await waitFor(
        'the count of 15 lines',
        () => overlayText(page, '#q_3_1', 'svl-count'),
        (t) => /^(1[5-9]\d|[2-9]\d\d) words/.test(t),
      );
      // Two frames for the placement that follows the last keystroke, then the field's box and its overlay.
      const fieldBox = await page.evaluate(
        () =>
          new Promise<{ x: number; y: number; width: number; height: number; id: string }>((resolve) =>
            requestAnimationFrame(() =>
              requestAnimationFrame(() => {
                const field = document.querySelector('#q_3_1')!;
                const { x, y, width, height } = field.getBoundingClientRect();
                resolve({ x, y, width, height, id: field.getAttribute('data-svl-field') ?? '' });
              }),
            ),
          ),
      );
      const host = await page.$(`svl-overlay[data-svl-for="${fieldBox.id}"]`);
      if (!host) throw new Error('no overlay for the field');
      const area = await host.evaluate(coveredArea, fieldBox);
      console.log(`Firefox: overlay covers ${area} px² of the Jaggaer field`);
      if (area > MAX_COVERED_PX2)
        throw new Error(`the overlay covers ${area} px² of the field (at most ${MAX_COVERED_PX2})`);
      await page.close();
    },
  },
  {
    name: 'autosaves a draft and offers it back after the tab is closed',
    async run(browser, server) {
      const url = server.url('findTenderSocialValue');
      const page = await browser.newPage();
      await page.goto(url);
      await waitFor(
        'overlay',
        () => overlayText(page, '#sv-jobs', 'svl-count'),
        (t) => t !== '',
      );
      const text = 'Over the first 12 months we will create 6 paid placements for care leavers in the region.';
      // The note may already say "Saved" (a draft left by the test before): wait for a write of this text, i.e. for
      // "Saving…" to have been shown and then "Saved" again.
      await page.evaluate(() => {
        const overlay = document.querySelector(
          `svl-overlay[data-svl-for="${document.querySelector('#sv-jobs')?.getAttribute('data-svl-field')}"]`,
        );
        const root = overlay?.shadowRoot;
        if (!root) return;
        const w = window as unknown as { svlSawSaving?: boolean };
        new MutationObserver(() => {
          if (root.querySelector('[data-testid="svl-saved"]')?.textContent?.startsWith('Saving')) w.svlSawSaving = true;
        }).observe(root, { subtree: true, childList: true, characterData: true });
      });
      await page.type('#sv-jobs', text);
      await waitFor(
        'saved note after a write',
        async () =>
          `${await page.evaluate(() => (window as unknown as { svlSawSaving?: boolean }).svlSawSaving === true)} ${await overlayText(page, '#sv-jobs', 'svl-saved')}`,
        (t) => t.startsWith('true Saved'),
      );
      await page.close();

      const again = await browser.newPage();
      await again.goto(url);
      await waitFor(
        'restore offer',
        () => overlayText(again, '#sv-jobs', 'svl-restore'),
        (t) => t !== '',
      );
      const before = await again.$eval('#sv-jobs', (el) => (el as HTMLTextAreaElement).value);
      if (before !== '') throw new Error('the draft was applied without being asked for');
      // A real (trusted) click on the overlay's Restore button puts the saved text back into the field.
      await clickInOverlay(again, '#sv-jobs', 'svl-restore');
      await waitFor(
        'restored text',
        () => again.$eval('#sv-jobs', (el) => (el as HTMLTextAreaElement).value),
        (v) => v === text,
      );
      await waitFor(
        'restore offer gone',
        () => overlayText(again, '#sv-jobs', 'svl-restore'),
        (t) => t === '',
      );
      // A picture of the run to look at (not compared): the restored answer with its overlay beside it.
      await again.screenshot({ path: path.join(OUT, 'firefox-overlay.png') });
      await again.close();
    },
  },
  {
    name: 'drafts manager lists the saved draft under its portal name',
    async run(browser) {
      const page = await openExtensionPage(browser, 'drafts.html');
      const listed = await waitFor(
        'draft rows',
        () => page.evaluate(() => document.querySelector('[data-testid="drafts-list"]')?.textContent ?? ''),
        (t) => t.includes('employment and training opportunities'),
      );
      if (!/Find a Tender/.test(listed)) throw new Error(`portal name not shown: ${listed.slice(0, 300)}`);
      await page.close();
    },
  },
  {
    name: 'drafts manager in the sidebar finds the draft by a word and shows its text',
    async run(browser) {
      // The page Firefox shows in its sidebar (sidebar_action), opened as a tab: WebDriver cannot open the sidebar.
      const page = await openExtensionPage(browser, 'sidepanel.html');
      await waitFor(
        'draft rows',
        () => textOf(page, '[data-testid="drafts-list"]'),
        (t) => t.includes('employment and training opportunities'),
      );
      await page.type('[data-testid="drafts-search"]', 'placements');
      await waitFor(
        'search count',
        () => textOf(page, '[data-testid="drafts-count"]'),
        (t) => /^1 of \d+ drafts match$/.test(t),
      );
      await page.click('[data-testid="drafts-row"]');
      await waitFor(
        'draft text',
        () => textOf(page, '[data-testid="drafts-text"]'),
        (t) => t.includes('6 paid placements for care leavers'),
      );
      await page.close();
    },
  },
  {
    name: 'pack export, then import into an emptied profile with a preview; a tampered pack is refused',
    async run(browser) {
      const page = await openExtensionPage(browser, 'packs.html');
      await waitFor(
        'tenders to export',
        () => textOf(page, '[data-testid="pack-export"]'),
        (t) => t.includes('Find a Tender'),
      );
      await page.type('#pack-author', 'Priya Shah');
      // The export is offered as a download (a blob: link clicked by the page); catch the link's bytes instead of
      // saving a file, so the test does not depend on the download manager of a headless Firefox.
      await page.evaluate(() => {
        const w = window as unknown as { svlDownload?: Promise<{ name: string; base64: string }> };
        const original = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          if (!this.href.startsWith('blob:')) return original.call(this);
          w.svlDownload = fetch(this.href)
            .then((r) => r.arrayBuffer())
            .then((buffer) => {
              let binary = '';
              for (const byte of new Uint8Array(buffer)) binary += String.fromCharCode(byte);
              return { name: this.download, base64: btoa(binary) };
            });
        };
      });
      await page.click('[data-testid="pack-export-all"]');
      await waitFor(
        'export status',
        () => textOf(page, '[data-testid="pack-export-status"]'),
        (t) => /Exported \d+ drafts from \d+ tenders/.test(t),
      );
      const exported = await page.evaluate(
        () => (window as unknown as { svlDownload?: Promise<{ name: string; base64: string }> }).svlDownload,
      );
      if (!exported || !/^svl-pack-\d{4}-\d{2}-\d{2}.*\.svlpack$/.test(exported.name))
        throw new Error(`export file: ${exported?.name}`);
      const bytes = Buffer.from(exported.base64, 'base64');
      const files = unzipSync(bytes);
      if (!files['pack.json'] || !Object.keys(files).some((name) => /^tenders\/.*\.docx$/.test(name))) {
        throw new Error(`pack entries: ${Object.keys(files).join(', ')}`);
      }
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'svl-pack-'));
      try {
        const good = path.join(dir, exported.name);
        fs.writeFileSync(good, bytes);
        const tampered = path.join(dir, 'tampered.svlpack');
        files['pack.json'] = strToU8(strFromU8(files['pack.json']).replace('6 paid placements', '60 paid placements'));
        fs.writeFileSync(tampered, zipSync(files));

        // Empty this profile (the drafts manager's own "Delete everything"), as a colleague's fresh one would be.
        const drafts = await openExtensionPage(browser, 'drafts.html');
        await waitFor(
          'draft rows',
          () => textOf(drafts, '[data-testid="drafts-list"]'),
          (t) => t.includes('care leavers') || t.includes('employment'),
        );
        await clickButton(drafts, 'Delete everything…');
        await drafts.click('[data-testid="drafts-delete-all-confirm"]');
        await waitFor(
          'no drafts',
          () => textOf(drafts, '[data-testid="drafts-count"]'),
          (t) => t === '0 drafts',
        );

        const input = await page.$('input#pack-file');
        if (!input) throw new Error('no pack file input');
        await input.uploadFile(tampered);
        await waitFor(
          'tamper refused',
          () => textOf(page, '[data-testid="pack-import-error"]'),
          (t) => t.includes('changed since it was exported'),
        );
        if (await page.$('[data-testid="pack-preview"]')) throw new Error('a tampered pack got a preview');

        await input.uploadFile(good);
        await waitFor(
          'preview',
          () => textOf(page, '[data-testid="pack-preview-summary"]'),
          (t) => /^[1-9]\d* new drafts in [1-9]\d* new tenders/.test(t),
        );
        const preview = await textOf(page, '[data-testid="pack-preview"]');
        if (!preview.includes('Priya Shah'))
          throw new Error(`preview does not name the author: ${preview.slice(0, 300)}`);
        await page.click('[data-testid="pack-import-confirm"]');
        await waitFor(
          'imported',
          () => textOf(page, '[data-testid="pack-import-done"]'),
          (t) => /^Imported: [1-9]\d* new drafts/.test(t),
        );

        await reloadExtensionPage(drafts);
        await waitFor(
          'drafts back',
          () => textOf(drafts, '[data-testid="drafts-list"]'),
          (t) => t.includes('employment and training opportunities'),
        );
        await drafts.close();
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      await page.close();
    },
  },
  {
    name: 'popup page reports the portal and the drafts count',
    async run(browser) {
      const page = await openExtensionPage(browser, 'popup.html');
      await waitFor(
        'drafts count',
        () => page.evaluate(() => document.querySelector('[data-testid="popup-drafts"]')?.textContent ?? ''),
        (t) => /\d+ saved in this browser/.test(t),
      );
      const privacyLink = await page.evaluate(
        () => document.querySelector<HTMLAnchorElement>('a[href$="/privacy.html"]')?.textContent ?? '',
      );
      if (!/privacy/i.test(privacyLink)) throw new Error('the popup has no link to the privacy page');
      await page.close();
    },
  },
  {
    name: 'privacy page says what is stored, for how long, and that nothing is sent',
    async run(browser) {
      const page = await openExtensionPage(browser, 'privacy.html');
      const text = await waitFor(
        'privacy text',
        () => textOf(page, '[data-testid="privacy"]'),
        (t) => t.includes('sends nothing anywhere'),
      );
      for (const needed of [
        'IndexedDB',
        'storage.local',
        'Revisions',
        'Evidence library',
        'Corrections',
        '90 days after',
      ]) {
        if (!text.includes(needed)) throw new Error(`privacy page does not mention "${needed}"`);
      }
      await page.close();
    },
  },
  {
    name: 'sidebar page follows the focused field (question, count) and its library insert and theme correction reach the field',
    async run(browser, server) {
      // The sidebar page unpinned (no ?tabId=), as Firefox's sidebar shows it: it follows the field focused last.
      const panel = await openExtensionPage(browser, 'sidepanel.html');
      await waitFor(
        'no field yet',
        () => textOf(panel, '[data-testid="sp-field"]'),
        (t) => t.includes('Click in a social value answer box'),
      );
      const saved = await panel.evaluate(
        (item) =>
          (
            globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } } }
          ).browser.runtime.sendMessage({
            type: 'evidence:save',
            item,
          }),
        {
          title: LIBRARY_TITLE,
          text: LIBRARY_TEXT,
          figures: ['6 apprentices', '5 completed'],
          criterionIds: ['ppn002-1a', 'ppn0620-2.2', 'ppn0620-2.3'],
          categoryIds: [],
          owner: 'Bid team',
          reviewBy: null,
        },
      );
      if (!saved?.ok) throw new Error(`evidence:save: ${JSON.stringify(saved)}`);

      const page = await browser.newPage();
      await page.goto(server.url('findTenderSocialValue'));
      await waitFor(
        'overlay',
        () => overlayText(page, '#sv-jobs', 'svl-count'),
        (t) => t !== '',
      );
      await page.bringToFront();
      await page.click('#sv-jobs');
      await page.type('#sv-jobs', 'One two three.');
      await waitFor(
        'the question in the sidebar',
        () => textOf(panel, '[data-testid="sp-question"]'),
        (t) => t.includes('care leavers and people leaving prison'),
      );
      await waitFor(
        'the count in the sidebar',
        () => textOf(panel, '[data-testid="sp-count"]'),
        (t) => t.includes('3 words, 14 characters'),
      );
      const theme = await textOf(panel, '[data-testid="sp-theme"]');
      if (!theme.includes('Tackling economic inequality')) throw new Error(`sidebar theme: ${theme}`);

      // Insert from the evidence library: a real click in the sidebar page puts the text at the end of the answer.
      const insert = await waitFor(
        'the library item',
        () =>
          panel.evaluateHandle(
            (title) =>
              [...document.querySelectorAll('[data-testid="sp-library-item"]')]
                .find((li) => li.textContent?.includes(title))
                ?.querySelector('[data-testid="sp-insert"]') ?? null,
            LIBRARY_TITLE,
          ),
        (h) => h.asElement() !== null,
      );
      await (insert.asElement() as ElementHandle<Element>).click();
      await waitFor(
        'inserted text',
        () => page.$eval('#sv-jobs', (el) => (el as HTMLTextAreaElement).value),
        (v) => v === `One two three.\n\n${LIBRARY_TEXT}`,
      );
      await waitFor(
        'insert reported',
        () => textOf(panel, '[data-testid="sp-status"]'),
        (t) => t.includes(`Added “${LIBRARY_TITLE}”`),
      );
      await waitFor(
        'the count follows',
        () => textOf(panel, '[data-testid="sp-count"]'),
        (t) => t.includes('22 words'),
      );

      // A theme correction chosen in the sidebar page reaches the field's badge.
      await panel.click('.sp-correct summary');
      await panel.select('[data-testid="sp-correct-theme"]', 'equal-opportunity');
      await waitFor(
        'corrected badge',
        () => overlayText(page, '#sv-jobs', 'svl-theme'),
        (t) => t === 'Equal opportunity',
      );
      await waitFor(
        'correction in the sidebar',
        () => textOf(panel, '[data-testid="sp-theme"]'),
        (t) => t.includes('your correction'),
      );
      await page.close();
      await panel.close();
    },
  },
];

async function main(): Promise<number> {
  const started = Date.now();
  const dir = extensionDir();
  const server = await startFixtureServer();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'svl-firefox-'));
  let browser: Browser | undefined;
  let passed = 0;
  let failed = 0;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      // Firefox 153+ lets WebDriver open moz-extension:// pages only with this flag.
      args: ['--remote-allow-system-access'],
      userDataDir: profile,
      extraPrefsFirefox: {
        'network.dns.forceResolve': '127.0.0.1',
        'network.proxy.type': 0,
        'network.trr.mode': 5,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        'xpinstall.signatures.required': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'app.update.enabled': false,
      },
    });
    await browser.installExtension(dir);
    for (const test of tests) {
      const t0 = Date.now();
      try {
        await test.run(browser, server);
        passed += 1;
        console.log(`  ok    ${test.name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failed += 1;
        console.log(`  FAIL  ${test.name}\n        ${String(error).split('\n').join('\n        ')}`);
      }
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  console.log(`\nFirefox smoke: ${passed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return failed;
}

main().then(
  (failed) => process.exit(failed === 0 ? 0 : 1),
  (error) => {
    console.error(error);
    console.log('\nFirefox smoke: 0 passed, 1 failed');
    process.exit(1);
  },
);

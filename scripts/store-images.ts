/**
 * Store listing images, on demand (not part of `npm test`): `npm run build && npm run store-images`.
 *
 * - 1280 × 800 screenshots of the built extension in Debian's Chromium on our fixture portal pages (served under
 *   their real host names, nothing leaves the machine): the overlay beside a long answer, the guidance panel, the
 *   drafts manager, the question checker.
 * - a 440 × 280 promo tile rendered from SVG with @resvg/resvg-js.
 * - the toolbar icon in both states (active, grey "paused or not a portal") on light and dark toolbars.
 *
 * Writes store/images/*.png and prints their paths.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { Resvg } from '@resvg/resvg-js';
import { ACTIVE_TILE, iconSvg, renderIcon } from '../assets/render-icons';
import { launchWithExtension } from '../test/browser';
import { startFixtureServer } from '../test/fixture-server';

const ROOT = path.resolve(import.meta.dirname, '..');
const IMAGES = path.join(ROOT, 'store/images');
const SIZE = { width: 1280, height: 800 };

const LONG_ANSWER = [
  'Our hosting runs on 100% renewable electricity under a certified supply contract, and we will publish a Carbon ' +
    'Reduction Plan to PPN 006 standard within three months of award, with a target of net zero by 2040.',
  'For this service we will cut the energy used per user by 20% in the first year by right-sizing servers and ' +
    'switching off test environments overnight. We will report emissions for the contract every quarter, measured ' +
    'with our cloud provider’s carbon tools, and ask our three largest suppliers to set science-based targets.',
].join('\n\n');

const CHECKER_QUESTION =
  'Please describe your approach to social value. Answers should explain how you will deliver social value ' +
  'throughout the contract. Maximum 1000 words.';

const written: string[] = [];
function save(name: string, png: Buffer | Uint8Array): void {
  const file = path.join(IMAGES, name);
  fs.writeFileSync(file, png);
  written.push(path.relative(ROOT, file));
}

async function shoot(page: Page, name: string): Promise<void> {
  save(name, await page.screenshot({ type: 'png' }));
}

async function screenshots(): Promise<void> {
  const server = await startFixtureServer();
  const { context, userDataDir } = await launchWithExtension();
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.setViewportSize(SIZE);

    // 1. The overlay beside a long answer.
    await page.goto(server.url('digitalMarketplaceService'));
    const field = page.locator('#input-fightingClimateChange');
    await field.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await field.click();
    await field.fill(LONG_ANSWER);
    const svlId = await field.getAttribute('data-svl-field');
    const own = page.locator(`svl-overlay[data-svl-for="${svlId}"]`);
    await own.getByTestId('svl-saved').filter({ hasText: 'Saved' }).waitFor({ state: 'attached' });
    await shoot(page, 'screenshot-1-overlay.png');

    // 2. The guidance panel, opened from the badge.
    await own.getByTestId('svl-theme').click();
    await own.getByTestId('svl-panel').waitFor();
    await shoot(page, 'screenshot-2-guidance.png');

    // 3. The drafts manager, with the draft just saved open.
    const drafts = await context.newPage();
    await drafts.setViewportSize(SIZE);
    await drafts.goto(`chrome-extension://${extensionId}/drafts.html`);
    await drafts.getByTestId('drafts-row').first().click();
    await drafts.getByTestId('drafts-text').filter({ hasText: 'renewable electricity' }).waitFor();
    await shoot(drafts, 'screenshot-3-drafts.png');

    // 4. The question checker, for buyers, with a vague question.
    const checker = await context.newPage();
    await checker.setViewportSize(SIZE);
    await checker.goto(`chrome-extension://${extensionId}/checker.html`);
    await checker.locator('#qc-question').fill(CHECKER_QUESTION);
    await checker.getByTestId('qc-readability').waitFor();
    // The findings, with the question still in view above them.
    await checker.locator('#qc-question').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await checker.evaluate(() => window.scrollBy(0, 200));
    await shoot(checker, 'screenshot-4-checker.png');
  } finally {
    await context.close();
    await server.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

/** The icon's own SVG, without its outer <svg> element, to nest inside a larger drawing. */
function iconInner(state: 'active' | 'idle'): string {
  return iconSvg(state)
    .replace(/^[\s\S]*?<svg[^>]*>/, '')
    .replace(/<\/svg>\s*$/, '')
    .replace(/<title>[\s\S]*?<\/title>/, '');
}

function render(svg: string, width: number): Buffer {
  return Buffer.from(
    new Resvg(svg, {
      fitTo: { mode: 'width', value: width },
      font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
    })
      .render()
      .asPng(),
  );
}

function promoTile(): void {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="440" height="280" viewBox="0 0 440 280">
  <rect width="440" height="280" fill="#f3f2f1"/>
  <rect width="440" height="10" fill="${ACTIVE_TILE}"/>
  <g transform="translate(32 40) scale(0.75)">${iconInner('active')}</g>
  <text x="148" y="84" font-family="DejaVu Sans" font-weight="bold" font-size="27" fill="#0b0c0c">Social Value</text>
  <text x="148" y="118" font-family="DejaVu Sans" font-weight="bold" font-size="27" fill="#0b0c0c">Lens</text>
  <text font-family="DejaVu Sans" font-size="17" fill="#0b0c0c">
    <tspan x="32" y="178">Social value guidance, portal-accurate</tspan>
    <tspan x="32" y="202">word counts and drafts never lost,</tspan>
    <tspan x="32" y="226">on UK e-tendering portals.</tspan>
  </text>
  <text x="32" y="258" font-family="DejaVu Sans" font-weight="bold" font-size="15" fill="${ACTIVE_TILE}">Nothing leaves your browser.</text>
</svg>`;
  save('promo-tile-440x280.png', render(svg, 440));
}

/** Both toolbar states at toolbar sizes (16, 32 px, and 48 px for high-density screens) on light and dark toolbars. */
function toolbarStates(): void {
  const dataUri = (state: 'active' | 'idle', size: number) =>
    `data:image/png;base64,${renderIcon(state, size).toString('base64')}`;
  const rows = [
    { y: 40, bg: '#f1f3f4', fg: '#202124', label: 'Light toolbar' },
    { y: 160, bg: '#202124', fg: '#e8eaed', label: 'Dark toolbar' },
  ];
  const columns = [
    { x: 180, state: 'active' as const, label: 'Active (on a portal)' },
    { x: 440, state: 'idle' as const, label: 'Grey (paused or not a portal)' },
  ];
  let body = '';
  for (const row of rows) {
    body += `<rect x="0" y="${row.y}" width="720" height="110" fill="${row.bg}"/>`;
    body += `<text x="20" y="${row.y + 62}" font-family="DejaVu Sans" font-size="15" fill="${row.fg}">${row.label}</text>`;
    for (const col of columns) {
      let x = col.x;
      for (const size of [16, 32, 48]) {
        // Each icon drawn at its real pixel size (the image is rendered at 1x), centred in the strip.
        body += `<image x="${x}" y="${row.y + 55 - size / 2}" width="${size}" height="${size}" href="${dataUri(col.state, size)}"/>`;
        x += size + 24;
      }
    }
  }
  for (const col of columns)
    body += `<text x="${col.x}" y="26" font-family="DejaVu Sans" font-size="15" font-weight="bold" fill="#0b0c0c">${col.label}</text>`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="720" height="290" viewBox="0 0 720 290"><rect width="720" height="290" fill="#ffffff"/>${body}<text x="20" y="282" font-family="DejaVu Sans" font-size="12" fill="#505a5f">Sizes 16, 32 and 48 px, rendered from assets/icon.svg</text></svg>`;
  save('toolbar-states.png', render(svg, 720));
}

async function main(): Promise<void> {
  fs.mkdirSync(IMAGES, { recursive: true });
  promoTile();
  toolbarStates();
  await screenshots();
  console.log(written.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

// `npm start`: build the extension and open it in Chromium on the bundled demo portal page.
// With a display, the browser stays open until you close it. Without one (a server, CI), it runs headless,
// types a sample answer, and writes a screenshot, printing where.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../test/browser';
import { startFixtureServer } from '../test/fixture-server';
// @ts-expect-error: a plain .mjs helper shared with the test runner
import { ensureChromium } from './ensure-debian-packages.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const SCREENSHOT = path.join(ROOT, '.output', 'demo-screenshot.png');
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && process.env.SVL_HEADLESS !== '1';

ensureChromium();
const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startFixtureServer();
const { context, userDataDir } = await launchWithExtension({ headless: !headed });
const page = context.pages()[0] ?? (await context.newPage());
const url = server.url('findTenderSocialValue');
await page.goto(url);
console.log(`\nDemo portal page: ${url}`);
console.log('(Every host name resolves to the local fixture server inside this browser only.)');

if (headed) {
  console.log('Chromium is open with Social Value Lens loaded. Close the browser window to stop.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
} else {
  const field = page.locator('#sv-jobs');
  await page.locator('svl-overlay').first().waitFor({ state: 'attached', timeout: 15_000 });
  await field.click();
  await field.pressSequentially(
    'Over the first 12 months of the contract we will offer 6 paid 12-week placements to care leavers living in the region, ' +
      'led by our Social Value Manager and reported to the buyer every quarter.',
    { delay: 2 },
  );
  await page.waitForTimeout(1200);
  await page.keyboard.press('Alt+Shift+G'); // open the guidance panel for the field
  await page.waitForTimeout(300);
  fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  // Headless Chromium now and then returns a frame composited mid-update (the page drawn tiled, four times over): keep
  // the first frame that the next one repeats exactly (the caret hidden, so that its blink is no change).
  let shot = await page.screenshot({ caret: 'hide' });
  for (let i = 0; i < 10; i++) {
    const next = await page.screenshot({ caret: 'hide' });
    if (next.equals(shot)) break;
    shot = next;
  }
  fs.writeFileSync(SCREENSHOT, shot);
  console.log(`No display found, so Chromium ran headless. Screenshot of the overlay: ${SCREENSHOT}`);
  await context.close();
}
await server.close();
fs.rmSync(userDataDir, { recursive: true, force: true });

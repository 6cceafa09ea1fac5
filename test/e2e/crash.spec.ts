import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, type BrowserContext, type Worker } from '@playwright/test';
import { AUTOSAVE_MAX_WAIT_MS } from '../../lib/drafts/autosave';
import { launchWithExtension } from '../browser';
import { readDraftsInExtension, overlayOf, withServer } from './fixtures';

/**
 * Crash safety: type into a social value field, wait 1 s, SIGKILL the Chromium browser process (no clean
 * shutdown, no pagehide), relaunch on the same profile, and find the text in the extension's IndexedDB and
 * offered by Restore.
 */
const test = withServer;

/** PIDs of the Chromium browser process for this profile (the one without --type=, i.e. not a renderer or helper). */
function browserPids(userDataDir: string): number[] {
  const pids: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let args: string[];
    try {
      args = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // exited meanwhile
    }
    if (!/chrom/i.test(args[0] ?? '')) continue;
    if (!args.some((a) => a === `--user-data-dir=${userDataDir}`)) continue;
    if (args.some((a) => a.startsWith('--type='))) continue;
    pids.push(Number(entry));
  }
  return pids;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Launch Chromium with the extension on a profile and open the Find a Tender fixture until the extension has picked up the field. */
async function openJobsField(userDataDir: string, url: string) {
  const browser = await launchWithExtension({ userDataDir });
  const page = await browser.context.newPage();
  await page.goto(url);
  const field = page.locator('#sv-jobs');
  await expect(field).toHaveAttribute('data-svl-field', /svl-\d+/);
  return { browser, page, field };
}

async function worker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

test('a draft typed one second before the browser is killed is in IndexedDB and offered by Restore after relaunch', async ({
  server,
}) => {
  test.setTimeout(60_000);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'svl-crash-'));
  const text = 'Crash test: we will fund 3 supported internships for young people leaving care.';
  try {
    const { browser: first, page, field } = await openJobsField(userDataDir, server.url('findTenderSocialValue'));
    await field.pressSequentially(text, { delay: 5 });
    await page.waitForTimeout(1000);

    const pids = browserPids(userDataDir);
    expect(pids.length, 'the browser process for this profile').toBe(1);
    process.kill(pids[0]!, 'SIGKILL');
    await expect.poll(() => alive(pids[0]!)).toBe(false);
    await first.context.close().catch(() => undefined); // the connection is already gone

    const second = await launchWithExtension({ userDataDir });
    try {
      const drafts = await readDraftsInExtension(await worker(second.context));
      expect(drafts.map((d) => d.text)).toContain(text);

      const again = await second.context.newPage();
      await again.goto(server.url('findTenderSocialValue'));
      const restoredField = again.locator('#sv-jobs');
      const restore = (await overlayOf(restoredField)).getByTestId('svl-restore');
      await expect(restore).toBeVisible();
      await restore.click();
      await expect(restoredField).toHaveValue(text);
      console.log(
        `crash test: browser pid ${pids[0]} killed with SIGKILL 1 s after the last keystroke; draft found after relaunch`,
      );
    } finally {
      await second.context.close();
    }
  } finally {
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
});

/** Kill rounds for the continuous-typing test; each is a fresh profile, 9 s of typing and a SIGKILL. */
const KILL_ROUNDS = 3;
const TYPING_MS = 9000;
const KEY_EVERY_MS = 60;

test('continuous typing killed 100 ms after the last key loses at most about one second of typing', async ({
  server,
}) => {
  test.setTimeout(60_000 + KILL_ROUNDS * 40_000);
  const words = 'We will fund supported internships and apprenticeships for young people leaving care in the area. ';
  const lost: number[] = [];
  for (let round = 1; round <= KILL_ROUNDS; round += 1) {
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'svl-crash-'));
    try {
      const { browser: first, page, field } = await openJobsField(userDataDir, server.url('findTenderSocialValue'));
      await field.focus();
      // Steady typing, a key every KEY_EVERY_MS, with no pause anywhere: the debounce alone would never fire.
      const typedAt: number[] = [];
      let typed = '';
      const start = Date.now();
      while (Date.now() - start < TYPING_MS) {
        const char = words[typed.length % words.length]!;
        await page.keyboard.type(char);
        typed += char;
        typedAt.push(Date.now());
        const next = start + typed.length * KEY_EVERY_MS;
        const wait = next - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
      const lastKey = typedAt.at(-1)!;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, lastKey + 100 - Date.now())));
      const pids = browserPids(userDataDir);
      expect(pids.length, 'the browser process for this profile').toBe(1);
      const killedAt = Date.now();
      process.kill(pids[0]!, 'SIGKILL');
      await expect.poll(() => alive(pids[0]!)).toBe(false);
      await first.context.close().catch(() => undefined);

      const second = await launchWithExtension({ userDataDir });
      try {
        const drafts = await readDraftsInExtension(await worker(second.context));
        const saved = drafts.find((d) => typed.startsWith(d.text) && d.text.length > 0)?.text ?? '';
        expect(
          drafts.every((d) => typed.startsWith(d.text)),
          'a stored draft is a prefix of what was typed',
        ).toBe(true);
        const charsLost = typed.length - saved.length;
        const msLost = saved.length === 0 ? killedAt - start : killedAt - typedAt[saved.length - 1]!;
        lost.push(charsLost);
        console.log(
          `crash round ${round}: typed ${typed.length} chars in ${lastKey - start} ms, killed ${killedAt - lastKey} ms after the last key; ` +
            `restored ${saved.length}, lost ${charsLost} chars (${msLost} ms of typing)`,
        );
        // At most about one second: the maximum wait, plus one debounce-free write and the kill delay.
        const allowedChars = typedAt.filter((t) => t > killedAt - AUTOSAVE_MAX_WAIT_MS - 400).length;
        expect(charsLost, `lost at most the last ~${AUTOSAVE_MAX_WAIT_MS} ms of typing`).toBeLessThanOrEqual(
          allowedChars,
        );
      } finally {
        await second.context.close();
      }
    } finally {
      fs.rmSync(userDataDir, { recursive: true, force: true });
    }
  }
  console.log(`crash summary: ${KILL_ROUNDS} kills, chars lost per kill: ${lost.join(', ')}`);
});

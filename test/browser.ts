import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';

export const EXTENSION_PATH = path.resolve(
  import.meta.dirname,
  '..',
  process.env.SVL_OUT_DIR ?? '.output',
  'chrome-mv3',
);
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium with the built extension loaded, every host name resolved to the local fixture server,
 * and no background networking (this machine has no network; nothing may leave it anyway).
 */
export async function launchWithExtension(options: { userDataDir?: string; headless?: boolean } = {}): Promise<{
  context: BrowserContext;
  userDataDir: string;
}> {
  if (!fs.existsSync(path.join(EXTENSION_PATH, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_PATH}: run "npm run build" first.`);
  }
  const userDataDir = options.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'svl-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1100, height: 900 },
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      '--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost',
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  return { context, userDataDir };
}

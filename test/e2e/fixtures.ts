import fs from 'node:fs';
import { test as base, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { launchWithExtension } from '../browser';
import { startFixtureServer, type FixtureServer } from '../fixture-server';

/** The HTTPS fixture server, one per worker: for specs that launch their own browser (see crash.spec.ts). */
export const withServer = base.extend<object, { server: FixtureServer }>({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
});

/** The fixture server plus a fresh Chromium profile with the built extension, for each test. */
export const test = withServer.extend<{ context: BrowserContext; serviceWorker: Worker; extensionId: string }>({
  context: async ({}, use) => {
    const { context, userDataDir } = await launchWithExtension();
    await use(context);
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
});

export const expect = test.expect;

/** Every row of one table of the extension's own IndexedDB, read inside the service worker. */
async function readTable<T>(worker: Worker, table: 'drafts' | 'revisions'): Promise<T[]> {
  return worker.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('svl');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return resolve([]);
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => resolve(all.result as T[]);
          all.onerror = () => reject(all.error);
        };
      }),
    table,
  );
}

/** The drafts in the extension's own IndexedDB. */
export function readDraftsInExtension(worker: Worker): Promise<Array<{ key: string; text: string }>> {
  return readTable(worker, 'drafts');
}

/** The texts of every revision in the extension's own IndexedDB. */
export async function readRevisionTexts(worker: Worker): Promise<string[]> {
  return (await readTable<{ text: string }>(worker, 'revisions')).map((r) => r.text);
}

/** The overlay of a field, once the extension has picked the field up (waits for `data-svl-field`). */
export async function overlayOf(field: Locator): Promise<Locator> {
  await expect(field).toHaveAttribute('data-svl-field', /^svl-\d+$/, { timeout: 10_000 });
  const id = await field.getAttribute('data-svl-field');
  return field.page().locator(`svl-overlay[data-svl-for="${id}"]`);
}

/**
 * Switch the colour scheme and wait until the overlays' transitions (the badge's colours fade over 0.2 s) have
 * finished, so an accessibility check reads the colours a user sees, not a frame in between.
 */
export async function emulateSchemeSettled(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('svl-overlay')].flatMap((host) =>
        (host.shadowRoot?.getAnimations() ?? []).map((animation) => animation.finished),
      ),
    ),
  );
}

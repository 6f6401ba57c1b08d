import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** A new deployment, as far as browsers can tell: sw.js changes by a byte or more. */
export async function deployNewServiceWorker(staticDir: string): Promise<void> {
  await appendFile(path.join(staticDir, 'sw.js'), `\n// build ${Date.now()}\n`);
}

/** What the browser would do on its own periodic check: fetch sw.js and compare it. */
export async function checkForUpdate(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
}

export interface RegistrationState {
  controller: string | null;
  active: string | null;
  waiting: string | null;
  installing: string | null;
}

/** The states of the registration's workers (`null` when there is none). */
export function registrationState(page: Page): Promise<RegistrationState> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return {
      controller: navigator.serviceWorker.controller?.state ?? null,
      active: registration?.active?.state ?? null,
      waiting: registration?.waiting?.state ?? null,
      installing: registration?.installing?.state ?? null,
    };
  });
}

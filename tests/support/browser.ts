import { existsSync } from 'node:fs';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from 'playwright-core';

const LAUNCH_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Russian interface of the browser itself: date fields read дд.мм.гггг, as on the district's tablets.
  '--lang=ru-RU',
];

/** How long a single wait for something on a page may take. */
export const PAGE_TIMEOUT_MS = 30_000;

export function chromiumPath(): string {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}; install it with apt-get install -y chromium or set CHROMIUM_PATH`,
    );
  }
  return executablePath;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: LAUNCH_ARGS, headless: true });
}

/** A fresh profile (no service worker, no IndexedDB) pointed at the app. */
export async function newAppContext(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1024, height: 768 },
    serviceWorkers: 'allow',
    locale: 'ru-RU',
    ...options,
  });
  context.setDefaultTimeout(PAGE_TIMEOUT_MS);
  return context;
}

import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { startAppServer, type AppServer } from './app-server.ts';
import { launchBrowser, newAppContext } from './browser.ts';

/** The server and a browser, started together and stopped together. */
export interface RunningApp {
  server: AppServer;
  browser: Browser;
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  stop(): Promise<void>;
}

export async function startRunningApp(): Promise<RunningApp> {
  const server = await startAppServer();
  let browser: Browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.stop();
    throw error;
  }
  return {
    server,
    browser,
    newContext: (options) => newAppContext(browser, server.url, options),
    stop: async () => {
      await browser.close().catch(() => undefined);
      await server.stop();
    },
  };
}

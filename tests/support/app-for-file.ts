import { afterAll, beforeAll } from 'vitest';
import { startRunningApp, type RunningApp } from './running-app.ts';

/**
 * The server and browser a test file shares: started before its first test,
 * stopped after its last. Use it inside tests (and their hooks) only.
 */
export function appForThisFile(): RunningApp {
  let current: RunningApp | undefined;
  beforeAll(async () => {
    current = await startRunningApp();
  });
  afterAll(async () => {
    await current?.stop();
  });
  const started = (): RunningApp => {
    if (!current) throw new Error('the app runs only while this file’s tests run');
    return current;
  };
  return {
    get server() {
      return started().server;
    },
    get browser() {
      return started().browser;
    },
    newContext: (options) => started().newContext(options),
    stop: () => started().stop(),
  };
}

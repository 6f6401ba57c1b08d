import type { Page } from 'playwright-core';
import {
  documentDelivery,
  logInAsInspector,
  waitForDirectory,
  waitForServiceWorkerControl,
} from '../support/app-page.ts';
import { startRunningApp } from '../support/running-app.ts';
import { milliseconds, summarize, type Bench } from './report.ts';

const RUNS = 5;
const CPU_SLOWDOWN = 4;
const FIRST_SCREEN_MARK = 'inspektor:first-screen';

interface OpenTiming {
  firstScreen: number;
  responseEnd: number;
  delivery: string;
}

/** Reloads the page and reads when its document arrived and when the first screen was painted. */
async function reloadAndTime(page: Page): Promise<OpenTiming> {
  await page.reload();
  await page.waitForFunction(
    (mark) => performance.getEntriesByName(mark).length > 0,
    FIRST_SCREEN_MARK,
  );
  const timing = await page.evaluate((mark) => {
    const navigation = performance.getEntriesByType('navigation')[0] as
      PerformanceNavigationTiming | undefined;
    return {
      firstScreen: performance.getEntriesByName(mark)[0]!.startTime,
      responseEnd: navigation?.responseEnd ?? Number.NaN,
    };
  }, FIRST_SCREEN_MARK);
  return { ...timing, delivery: await documentDelivery(page) };
}

export const offlineFirstScreen: Bench = {
  name: 'offline-first-screen',
  async run() {
    const app = await startRunningApp();
    try {
      const context = await app.newContext();
      const page = await context.newPage();
      await logInAsInspector(page);
      await waitForDirectory(page);
      await waitForServiceWorkerControl(page);
      await context.setOffline(true);
      const cdp = await context.newCDPSession(page);

      const timings: OpenTiming[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        timings.push(await reloadAndTime(page));
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await context.close();

      const first = summarize(timings.map((t) => t.firstScreen));
      const response = summarize(timings.map((t) => t.responseEnd));
      return [
        {
          title: `(c) Offline open from the service worker cache, CPU ${CPU_SLOWDOWN}× slower, ${RUNS} reloads of the home screen`,
          columns: ['run', 'first screen', 'document responseEnd', 'document from'],
          rows: timings.map((t, index) => [
            String(index + 1),
            milliseconds(t.firstScreen),
            milliseconds(t.responseEnd),
            t.delivery,
          ]),
          notes: [
            `first screen: median ${milliseconds(first.median)}, min ${milliseconds(first.min)}, max ${milliseconds(first.max)}`,
            `document responseEnd: median ${milliseconds(response.median)}, min ${milliseconds(response.min)}, max ${milliseconds(response.max)}`,
            'Times are from navigation start; the network is off, so the document can only come from the cache.',
          ],
        },
      ];
    } finally {
      await app.stop();
    }
  },
};

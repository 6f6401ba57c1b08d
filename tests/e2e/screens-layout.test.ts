import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import {
  listedSchoolIds,
  logInAsInspector,
  waitForDirectory,
  waitForServiceWorkerControl,
} from '../support/app-page.ts';
import { DEMO_SCHOOL_COUNT } from '../support/demo-accounts.ts';
import { screenshotsDir } from '../support/paths.ts';
import { appForThisFile } from '../support/app-for-file.ts';

const viewports = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
] as const;

const app = appForThisFile();

beforeAll(async () => {
  await mkdir(screenshotsDir, { recursive: true });
});

/** How far the page is wider than the window: more than 0 means a horizontal scrollbar. */
function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

it('shows every screen without a horizontal scrollbar at 1024×768 and 768×1024', async () => {
  const overflowing: string[] = [];
  for (const viewport of viewports) {
    const size = `${viewport.width}x${viewport.height}`;
    const context = await app.newContext({ viewport });
    try {
      const page = await context.newPage();
      const capture = async (screen: string, ready: () => Promise<unknown>) => {
        await ready();
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({
          path: path.join(screenshotsDir, `${screen}-${size}.png`),
          fullPage: true,
        });
        const overflow = await horizontalOverflow(page);
        if (overflow > 0) overflowing.push(`${screen} at ${size}: ${overflow}px wider`);
      };

      await page.goto('/login');
      await capture('login', () => page.getByRole('button', { name: 'Войти' }).waitFor());

      await logInAsInspector(page);
      await waitForDirectory(page);
      await waitForServiceWorkerControl(page);
      await capture('home', () =>
        page.getByText('Приложение сохранено и открывается без сети.').waitFor(),
      );

      const [firstId] = await listedSchoolIds(page);
      await capture('schools', () =>
        page.getByText(`${DEMO_SCHOOL_COUNT} школ`, { exact: true }).waitFor(),
      );

      await page.goto(`/schools/${firstId!}`);
      await capture('school', () => page.getByText('Полное наименование').waitFor());

      await page.goto('/settings');
      await capture('settings', () => page.getByText('Версия приложения').waitFor());
    } finally {
      await context.close();
    }
  }
  expect(overflowing).toEqual([]);
});

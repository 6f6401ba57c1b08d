import type { BrowserContext } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import {
  documentTimeOrigin,
  logInAsInspector,
  waitForDirectory,
  waitForServiceWorkerControl,
} from '../support/app-page.ts';
import {
  checkForUpdate,
  deployNewServiceWorker,
  registrationState,
} from '../support/deployment.ts';
import { appForThisFile } from '../support/app-for-file.ts';

const app = appForThisFile();
let context: BrowserContext | undefined;

afterAll(async () => {
  await context?.close();
});

it('offers a new version without reloading, and reloads into it on «Обновить»', async () => {
  context = await app.newContext();
  const page = await context.newPage();
  await logInAsInspector(page);
  await waitForDirectory(page);
  await waitForServiceWorkerControl(page);

  await page
    .getByRole('navigation', { name: 'Разделы' })
    .getByRole('link', { name: 'Школы' })
    .click();
  const search = page.getByLabel('Поиск по названию, адресу или директору');
  await search.fill('Ивановская');
  await page.getByText('Найдена 1 школа', { exact: true }).waitFor();
  const loadedAt = await documentTimeOrigin(page);
  const prompt = page.getByRole('status').filter({ hasText: 'Доступна новая версия' });
  expect(await prompt.count()).toBe(0);

  await deployNewServiceWorker(app.server.staticDir);
  await checkForUpdate(page);

  await prompt.waitFor();
  expect(await search.inputValue()).toBe('Ивановская');
  expect(await documentTimeOrigin(page)).toBe(loadedAt);
  expect(await registrationState(page)).toMatchObject({
    controller: 'activated',
    waiting: 'installed',
  });

  await Promise.all([
    page.waitForEvent('load'),
    prompt.getByRole('button', { name: 'Обновить' }).click(),
  ]);

  await page.getByRole('heading', { level: 1, name: 'Школы района' }).waitFor();
  expect(await documentTimeOrigin(page)).not.toBe(loadedAt);
  expect(await registrationState(page)).toEqual({
    controller: 'activated',
    active: 'activated',
    waiting: null,
    installing: null,
  });
  expect(await search.inputValue()).toBe('');
  expect(await page.getByText('Доступна новая версия').count()).toBe(0);
});

it('tells a second tab that another tab updated, and leaves its reload to the person', async () => {
  await context?.close();
  context = await app.newContext();
  const first = await context.newPage();
  await logInAsInspector(first);
  await waitForDirectory(first);
  await waitForServiceWorkerControl(first);
  const second = await context.newPage();
  await second.goto('/settings');
  await second.getByRole('heading', { level: 1, name: 'Настройки' }).waitFor();
  await waitForServiceWorkerControl(second);
  const secondLoadedAt = await documentTimeOrigin(second);

  await deployNewServiceWorker(app.server.staticDir);
  await checkForUpdate(first);
  const firstPrompt = first.getByRole('status').filter({ hasText: 'Доступна новая версия' });
  await firstPrompt.waitFor();
  await Promise.all([
    first.waitForEvent('load'),
    firstPrompt.getByRole('button', { name: 'Обновить' }).click(),
  ]);

  const notice = second
    .getByRole('status')
    .filter({ hasText: 'Приложение обновлено в другой вкладке' });
  await notice.waitFor();
  expect(await documentTimeOrigin(second)).toBe(secondLoadedAt);
  await Promise.all([
    second.waitForEvent('load'),
    notice.getByRole('button', { name: 'Перезагрузить' }).click(),
  ]);
  await second.getByRole('heading', { level: 1, name: 'Настройки' }).waitFor();
  expect(await second.getByText('Приложение обновлено в другой вкладке').count()).toBe(0);
});

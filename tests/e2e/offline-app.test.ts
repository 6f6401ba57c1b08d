import type { BrowserContext } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  collectPageErrors,
  listedSchoolIds,
  documentDelivery,
  logInAsInspector,
  serverReachable,
  submitLogin,
  waitForDirectory,
  waitForServiceWorkerControl,
} from '../support/app-page.ts';
import { DEMO_SCHOOL_COUNT, inspector } from '../support/demo-accounts.ts';
import { appForThisFile } from '../support/app-for-file.ts';

const app = appForThisFile();
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

describe('signing in', () => {
  it('refuses a wrong password in Russian and stays on the login screen', async () => {
    context = await app.newContext();
    const page = await context.newPage();
    await submitLogin(page, inspector.login, 'not-the-password');

    await page.getByText('Неверный логин или пароль.', { exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByRole('button', { name: 'Войти' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Логин', { exact: true }).inputValue()).toBe(inspector.login);
    expect(await page.getByText(inspector.greeting).count()).toBe(0);
  });
});

describe('without a network', () => {
  it('reopens signed in, in Russian, after the very first visit', async () => {
    context = await app.newContext();
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await logInAsInspector(page);
    await waitForServiceWorkerControl(page);

    await context.setOffline(true);
    await page.reload();

    await page.getByRole('heading', { level: 1, name: inspector.greeting }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await page.getByRole('status').filter({ hasText: 'Нет сети' }).waitFor();
    expect(await serverReachable(page)).toBe(false);
    expect(await documentDelivery(page)).toBe('cache-storage');
    expect(errors).toEqual([]);
  });

  it('opens every screen from a deep link, from the directory on the device', async () => {
    context = await app.newContext();
    const page = await context.newPage();
    await logInAsInspector(page);
    await waitForDirectory(page);
    await waitForServiceWorkerControl(page);
    const ids = await listedSchoolIds(page);
    expect(ids).toHaveLength(DEMO_SCHOOL_COUNT);
    const schoolId = ids[3]!;
    await page.goto(`/schools/${schoolId}`);
    await page.getByText('Полное наименование').waitFor();
    const schoolName = await page.getByRole('heading', { level: 1 }).innerText();

    await context.setOffline(true);

    await page.goto('/schools');
    await page.getByRole('heading', { level: 1, name: 'Школы района' }).waitFor();
    await page.getByText(`${DEMO_SCHOOL_COUNT} школ`, { exact: true }).waitFor();
    expect(await page.getByRole('list').getByRole('link').count()).toBe(DEMO_SCHOOL_COUNT);
    await page
      .getByText('Обновление справочника возможно только при подключении к сети.')
      .waitFor();

    await page.goto(`/schools/${schoolId}`);
    await page.getByRole('heading', { level: 1, name: schoolName, exact: true }).waitFor();
    await page.getByText('Полное наименование').waitFor();

    await page.goto('/settings');
    await page.getByRole('heading', { level: 1, name: 'Настройки' }).waitFor();
    await page.getByText(inspector.login, { exact: true }).waitFor();

    await page.goto('/nonexistent');
    await page.getByRole('heading', { level: 1, name: 'Страница не найдена' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Нет сети' }).waitFor();
  });
});

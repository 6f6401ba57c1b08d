import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logInAsInspector, waitForDirectory } from '../support/app-page.ts';
import { DEMO_SCHOOL_COUNT } from '../support/demo-accounts.ts';
import { describeViolations, seriousAxeViolations } from '../support/axe.ts';
import { appForThisFile } from '../support/app-for-file.ts';

const app = appForThisFile();
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  // The app's CSP forbids injected scripts; axe-core is injected only here, in tests.
  context = await app.newContext({ bypassCSP: true });
  page = await context.newPage();
});

afterAll(async () => {
  await context.close();
});

async function expectNoSeriousViolations(): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe('no serious or critical axe-core violations', () => {
  it('on the login screen', async () => {
    await page.goto('/login');
    await page.getByRole('button', { name: 'Войти' }).waitFor();
    await expectNoSeriousViolations();
  });

  it('on the home screen', async () => {
    await logInAsInspector(page);
    await waitForDirectory(page);
    await expectNoSeriousViolations();
  });

  it('on the schools screen', async () => {
    await page.goto('/schools');
    await page.getByText(`${DEMO_SCHOOL_COUNT} школ`, { exact: true }).waitFor();
    await expectNoSeriousViolations();
  });

  it('on a school screen', async () => {
    await page.getByRole('list').getByRole('link').first().click();
    await page.getByText('Полное наименование').waitFor();
    await expectNoSeriousViolations();
  });

  it('on the settings screen', async () => {
    await page.goto('/settings');
    await page.getByText('Версия приложения').waitFor();
    await expectNoSeriousViolations();
  });

  it('on the new-visit form', async () => {
    await page.goto('/visits/new');
    await page.getByRole('button', { name: 'Начать заполнение' }).waitFor();
    await expectNoSeriousViolations();
  });

  it('on the filling screen, a table row open', async () => {
    await page.getByLabel('Школа').selectOption({ index: 1 });
    await page
      .getByLabel('Чек-лист')
      .selectOption({ label: 'ИКТ-компетентность педагогических работников' });
    await page.getByRole('button', { name: 'Начать заполнение' }).click();
    await page.getByLabel('Педагогических работников в школе').fill('12');
    await expectNoSeriousViolations();
    await page.getByRole('button', { name: /Сотрудники и их навыки/ }).click();
    await page.getByRole('button', { name: '+ Добавить: сотрудник' }).click();
    await page.getByLabel('ФИО или личный код').waitFor();
    await expectNoSeriousViolations();
  });

  it('on the completion step and the printable report', async () => {
    await page.getByRole('button', { name: 'Завершение' }).click();
    await page.getByRole('button', { name: 'Завершить посещение' }).click();
    await page.getByRole('alert').waitFor();
    await expectNoSeriousViolations();
    await page.goto(`${new URL(page.url()).pathname}/report`);
    await page.getByRole('heading', { level: 1, name: 'Справка по итогам посещения' }).waitFor();
    await expectNoSeriousViolations();
  });
});

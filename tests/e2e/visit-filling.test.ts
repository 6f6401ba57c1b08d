import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  logInAsInspector,
  waitForDirectory,
  waitForServiceWorkerControl,
} from '../support/app-page.ts';
import { appForThisFile } from '../support/app-for-file.ts';
import { startVisit } from '../support/visit-start.ts';

const app = appForThisFile();
let context: BrowserContext;

beforeAll(async () => {
  context = await app.newContext();
});

const saved = (page: Page) => page.getByText('Сохранено на устройстве').waitFor();

describe('filling a visit with the network off', () => {
  it('keeps every answer through a reload and a tab killed mid-typing', async () => {
    const page = await context.newPage();
    await logInAsInspector(page);
    await waitForDirectory(page);
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);

    const visitPath = await startVisit(page, 'ИКТ-компетентность педагогических работников');
    await page.getByLabel('Педагогических работников в школе').fill('24');
    await page
      .getByRole('radiogroup', { name: /Определены требования/ })
      .getByRole('radio', { name: 'Да' })
      .check();
    await saved(page);
    await page.getByRole('button', { name: /Сотрудники и их навыки/ }).click();
    await page.getByRole('button', { name: '+ Добавить: сотрудник' }).click();
    await page.getByLabel('ФИО или личный код').fill('Т-01');
    await page
      .getByRole('radiogroup', { name: /Базовые навыки/ })
      .getByRole('radio', { name: '2 — самостоятельно' })
      .check();
    await saved(page);

    await page.reload();
    await page.getByRole('button', { name: /Т-01/ }).click();
    const basics = page
      .getByRole('radiogroup', { name: /Базовые навыки/ })
      .getByRole('radio', { name: '2 — самостоятельно' });
    expect(await basics.isChecked()).toBe(true);

    // Typing; as soon as the screen says it is saved, the tab dies without running unload handlers.
    await page.getByRole('button', { name: /Обучение в школе/ }).click();
    await page.getByLabel('Педагогических работников в школе').fill('31');
    await saved(page);
    await page.close({ runBeforeUnload: false });

    const reopened = await context.newPage();
    await reopened.goto(visitPath);
    await reopened.getByRole('button', { name: /Обучение в школе/ }).click();
    expect(await reopened.getByLabel('Педагогических работников в школе').inputValue()).toBe('31');
    expect(await reopened.getByText('Итог:').count()).toBe(1);

    await reopened.getByRole('button', { name: 'Выводы и рекомендации' }).click();
    const findings = reopened.getByLabel('Выявленные нарушения и недостатки');
    await findings.fill('Не опубликован график консультаций.');
    await saved(reopened);
    await reopened.getByRole('button', { name: '+ Добавить меру' }).click();
    await reopened.getByLabel('Мера № 1: что сделать').fill('Опубликовать график консультаций');
    await reopened.getByLabel('Ответственный').fill('Заместитель директора по УВР');
    await saved(reopened);
    await reopened.screenshot({
      path: 'test-results/screenshots/findings-1024x768.png',
      fullPage: true,
    });
    await reopened.reload();
    await findings.waitFor();
    expect(await findings.inputValue()).toBe('Не опубликован график консультаций.');
    expect(await reopened.getByLabel('Мера № 1: что сделать').inputValue()).toBe(
      'Опубликовать график консультаций',
    );
    await context.setOffline(false);
  });
});

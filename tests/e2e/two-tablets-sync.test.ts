import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { describeViolations, seriousAxeViolations } from '../support/axe.ts';
import { logInAsInspector, waitForServiceWorkerControl } from '../support/app-page.ts';
import { appForThisFile } from '../support/app-for-file.ts';
import { stripedPng } from '../support/png-image.ts';
import { syncNow } from '../support/sync-now.ts';
import { startVisit } from '../support/visit-start.ts';

const app = appForThisFile();

const READINESS = 'Готовность материально-технической базы и организационных условий';
const INTERNET = 'Интернет в учебных кабинетах';
const PRINTER = 'Есть принтер для печати отчётов из журнала';
const WIFI = 'Wi-Fi покрывает учебные кабинеты';
const PHOTO_ITEM = 'Фото рабочего места учителя';

const question = (page: Page, label: string) =>
  page.getByRole('radiogroup', { name: new RegExp(`^${label}`) });
const answer = (page: Page, label: string, value: string) =>
  question(page, label).getByRole('radio', { name: value, exact: true }).check();
/** Waits until the question shows this answer. */
const shows = (page: Page, label: string, value: string) =>
  question(page, label).getByRole('radio', { name: value, exact: true, checked: true }).waitFor();

async function tablet(): Promise<{ context: BrowserContext; page: Page }> {
  // The app's CSP forbids injected scripts; axe-core is injected only in tests.
  const context = await app.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await logInAsInspector(page);
  await waitForServiceWorkerControl(page);
  return { context, page };
}

describe('two tablets of one inspector, offline at the same visit', () => {
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  it('end up with the same answers and photo, and show the same-answer edit as a conflict to resolve', async () => {
    const first = await tablet();
    const second = await tablet();
    contexts.push(first.context, second.context);

    const visitPath = await startVisit(first.page, READINESS);
    await syncNow(first.page);
    await syncNow(second.page);
    await second.page.goto(visitPath);
    await question(second.page, INTERNET).waitFor();

    // In the building: no network on either tablet.
    await first.context.setOffline(true);
    await second.context.setOffline(true);
    await answer(first.page, PRINTER, 'Да');
    await answer(first.page, INTERNET, 'Да');
    await first.page
      .getByRole('group', { name: PHOTO_ITEM, exact: true })
      .getByLabel('Добавить фото')
      .setInputFiles({
        name: 'IMG_0001.png',
        mimeType: 'image/png',
        buffer: stripedPng(1200, 800, [
          [31, 78, 140],
          [242, 182, 50],
        ]),
      });
    await first.page.getByRole('button', { name: `Фото 1 к вопросу «${PHOTO_ITEM}»` }).waitFor();
    await answer(second.page, WIFI, 'Частично');
    // The second tablet answers the same question later: its value is kept, the first one's is not lost.
    await answer(second.page, INTERNET, 'Нет');
    await second.page.getByText('Сохранено на устройстве').waitFor();

    // The first tablet finds a network first, then the second; then the first syncs again.
    await first.context.setOffline(false);
    await syncNow(first.page);
    await second.context.setOffline(false);
    await syncNow(second.page);
    await syncNow(first.page);

    for (const { page } of [first, second]) {
      await shows(page, PRINTER, 'Да');
      await shows(page, WIFI, 'Частично');
      await shows(page, INTERNET, 'Нет');
      await page.getByRole('button', { name: `Фото 1 к вопросу «${PHOTO_ITEM}»` }).waitFor();
      await page.getByRole('heading', { name: 'Расхождение между устройствами: 1' }).waitFor();
    }

    const violations = await seriousAxeViolations(first.page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // At the question, the first tablet's person chooses their value back.
    const atQuestion = first.page
      .locator('.question')
      .getByRole('group', { name: `Расхождение: ${INTERNET}` });
    await atQuestion.getByText('Да', { exact: true }).waitFor();
    await atQuestion.getByRole('button', { name: 'Выбрать «Да»' }).click();
    await shows(first.page, INTERNET, 'Да');
    await first.page.getByRole('heading', { name: /Расхождени/ }).waitFor({ state: 'detached' });

    await syncNow(first.page);
    await syncNow(second.page);
    await shows(second.page, INTERNET, 'Да');
    await second.page.getByRole('heading', { name: /Расхождени/ }).waitFor({ state: 'detached' });
    await second.page.reload();
    await shows(second.page, INTERNET, 'Да');
    await shows(second.page, PRINTER, 'Да');
    expect(await second.page.getByRole('heading', { name: /Расхождени/ }).count()).toBe(0);
  });
});

import { todayInDistrict } from '../../src/shared/district-today.ts';
import { mkdir } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  collectPageErrors,
  logInAsCoordinator,
  logInAsInspector,
  waitForDirectory,
  waitForServiceWorkerControl,
} from '../support/app-page.ts';
import { appForThisFile } from '../support/app-for-file.ts';
import { describeViolations, seriousAxeViolations } from '../support/axe.ts';
import { fillRequiredQuestions } from '../support/checklist-filler.ts';
import { syncNow } from '../support/sync-now.ts';
import { DEMO_SCHOOL } from '../support/visit-start.ts';

const app = appForThisFile();
const screensDir = '/tmp/screens';
const READINESS = 'Готовность материально-технической базы и организационных условий';
const INTERNET = 'Интернет в учебных кабинетах';
const REMARK = 'Проверьте кабинеты второго этажа: там доступа нет';
const today = todayInDistrict(new Date());

const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const context of contexts) await context.close();
});

async function signedIn(
  logIn: (page: Page) => Promise<void>,
  viewport: { width: number; height: number },
) {
  const context = await app.newContext({ viewport, bypassCSP: true });
  contexts.push(context);
  const page = await context.newPage();
  await logIn(page);
  await waitForDirectory(page);
  return { context, page };
}

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name }).click();
const step = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Разделы чек-листа' }).getByRole('button', { name });
const internet = (page: Page) => page.getByRole('radiogroup', { name: new RegExp(`^${INTERNET}`) });

async function complete(page: Page) {
  await step(page, 'Завершение').click();
  await page.getByLabel('ФИО представителя школы').fill('Ковальчук Марина Сергеевна');
  await page.getByLabel('Должность').fill('директор');
  // The choice is stored on the device first, then shown: click, then wait for it.
  const acquainted = page.getByLabel('Ознакомлен (без подписи на экране)');
  await acquainted.click();
  await expect.poll(() => acquainted.isChecked()).toBe(true);
  await page.getByRole('button', { name: 'Завершить посещение' }).click();
  await page.getByText('Статус: Завершено. Ответы только для чтения.').waitFor();
}

async function expectNoSeriousViolations(page: Page) {
  const violations = await seriousAxeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

describe('a visit from the plan to the district’s figures, returned once on the way', () => {
  let office: Page;
  let tablet: Page;
  let tabletContext: BrowserContext;
  let visitPath = '';

  it('is planned by the coordinator and reaches the inspector’s tablet, which goes offline', async () => {
    ({ page: office } = await signedIn(logInAsCoordinator, { width: 1024, height: 768 }));
    await nav(office, 'План');
    await office.getByRole('button', { name: 'Запланировать посещение' }).click();
    const form = office.getByRole('region', { name: 'Новое посещение в плане' });
    await form.getByLabel('Школа', { exact: true }).selectOption({ label: DEMO_SCHOOL });
    await form.getByLabel('Чек-лист').selectOption({ label: READINESS });
    await form.getByLabel('Дата', { exact: true }).fill(today);
    await form.getByRole('checkbox', { name: /Петренко Иван Олегович/ }).check();
    await form.getByRole('button', { name: 'Запланировать', exact: true }).click();
    await form.getByText(/^Посещение запланировано: /).waitFor();

    ({ page: tablet, context: tabletContext } = await signedIn(logInAsInspector, {
      width: 768,
      height: 1024,
    }));
    const plans = tablet.getByRole('region', { name: 'Запланированные посещения' });
    const planned = plans.getByRole('listitem').filter({ hasText: DEMO_SCHOOL });
    await planned.waitFor();
    await waitForServiceWorkerControl(tablet);
    await tabletContext.setOffline(true);
    await tablet.reload();
    await planned.getByRole('link', { name: 'Начать посещение' }).click();
    await tablet.getByText(`Посещение по плану: ${DEMO_SCHOOL}`, { exact: false }).waitFor();
    await tablet.getByRole('button', { name: 'Начать заполнение' }).click();
    await tablet.waitForURL(/\/visits\/[0-9a-f-]{36}/);
    visitPath = new URL(tablet.url()).pathname;
  });

  it('is filled and completed offline, and synced once the network is back', async () => {
    expect(await fillRequiredQuestions(tablet)).toBeGreaterThan(10);
    await step(tablet, 'Технические условия')
      .click()
      .catch(() => undefined);
    await complete(tablet);
    await tabletContext.setOffline(false);
    await syncNow(tablet);
  });

  it('is returned by the coordinator with a remark on one question', async () => {
    await syncNow(office);
    await nav(office, 'Проверка');
    const waiting = office.getByRole('region', { name: 'Ждут проверки' });
    await waiting.getByRole('link', { name: new RegExp(DEMO_SCHOOL) }).click();
    await office.getByRole('heading', { name: 'Проверка посещения' }).waitFor();
    const question = office.locator('.question').filter({ has: internet(office) });
    await question.getByRole('button', { name: '+ Замечание' }).click();
    await question.getByLabel('Замечание к вопросу').fill(REMARK);
    await office.getByLabel('Комментарий к посещению').fill('Уточните ответ и завершите заново');
    await office.getByRole('heading', { name: '1 замечание к вопросам' }).waitFor();
    await expectNoSeriousViolations(office);
    await mkdir(screensDir, { recursive: true });
    await office.screenshot({ path: `${screensDir}/review-1024x768.png` });
    await office.getByRole('button', { name: 'Вернуть на доработку' }).click();
    await office.getByRole('heading', { name: 'Посещение возвращено на доработку' }).waitFor();
    await syncNow(office);
  });

  it('comes back to the tablet with the remark at the question, is corrected and completed again', async () => {
    await syncNow(tablet);
    await tablet.goto(visitPath);
    await tablet.getByRole('heading', { name: 'Посещение возвращено на доработку' }).waitFor();
    await tablet.getByText('Уточните ответ и завершите заново').waitFor();
    await tablet.getByRole('button', { name: INTERNET }).first().click();
    const remark = tablet
      .locator('.question')
      .filter({ has: internet(tablet) })
      .getByRole('note');
    await expect.poll(() => remark.textContent()).toContain(REMARK);
    await tablet.screenshot({ path: `${screensDir}/returned-768x1024.png` });
    await internet(tablet).getByRole('radio', { name: 'Частично', exact: true }).check();
    await complete(tablet);
    await syncNow(tablet);
  });

  it('is accepted, and the dashboard and the Excel export count it', async () => {
    const errors = collectPageErrors(office);
    await syncNow(office);
    await office.goto(visitPath);
    await office.getByRole('heading', { name: 'Проверка посещения' }).waitFor();
    await office.getByRole('button', { name: 'Принять' }).click();
    await expect
      .poll(() => office.locator('.visit__header .page__subtitle').textContent())
      .toMatch(/Принято/);
    await syncNow(office);
    await syncNow(tablet);
    await tablet.goto(visitPath);
    await expect
      .poll(() => tablet.locator('.visit__header .page__subtitle').textContent())
      .toMatch(/Принято/);

    await nav(office, 'Аналитика');
    const table = office.getByRole('table').filter({ hasText: DEMO_SCHOOL }).first();
    await table.waitFor();
    expect(await table.textContent()).toContain(DEMO_SCHOOL);

    await office.getByRole('link', { name: 'Выгрузка данных' }).click();
    await office.getByRole('heading', { level: 1, name: 'Выгрузка данных' }).waitFor();
    const [download] = await Promise.all([
      office.waitForEvent('download'),
      office.getByRole('button', { name: 'Скачать' }).click(),
    ]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    const visits = book.getWorksheet('Посещения');
    const texts: string[] = [];
    visits?.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
    expect(texts).toContain(DEMO_SCHOOL);
    expect(texts.join('\n')).toMatch(/Принят/);
    expect(errors).toEqual([]);
  });
});

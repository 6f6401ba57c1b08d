import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  collectPageErrors,
  logInAsInspector,
  waitForDirectory,
  waitForServiceWorkerControl,
} from '../support/app-page.ts';
import { fillRequiredQuestions } from '../support/checklist-filler.ts';
import { pdfPages } from '../support/pdf-text.ts';
import { appForThisFile } from '../support/app-for-file.ts';
import { startVisit } from '../support/visit-start.ts';

const app = appForThisFile();

/** A tablet whose network is off from the first screen after sign-in to the end. */
async function offlineTablet(viewport: { width: number; height: number }) {
  const context = await app.newContext({ viewport });
  const page = await context.newPage();
  await logInAsInspector(page);
  await waitForDirectory(page);
  await waitForServiceWorkerControl(page);
  await context.setOffline(true);
  return { context, page };
}

const step = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Разделы чек-листа' }).getByRole('button', { name });

/** Draws a short stroke on the signature canvas, as a finger would. */
async function sign(page: Page): Promise<void> {
  const pad = page.getByRole('img', { name: 'Поле для подписи пальцем' });
  // In the middle of the screen, clear of the sticky top bar.
  await pad.evaluate((canvas) => canvas.scrollIntoView({ block: 'center' }));
  const box = await pad.boundingBox();
  if (!box) throw new Error('no signature area');
  await page.mouse.move(box.x + 30, box.y + 120);
  await page.mouse.down();
  for (const [dx, dy] of [
    [80, 40],
    [140, 110],
    [200, 50],
    [260, 120],
  ] as const) {
    await page.mouse.move(box.x + dx, box.y + dy, { steps: 4 });
  }
  await page.mouse.up();
}

const totalScore = (page: Page) => page.locator('.visit__total .score').textContent();

describe('a visit filled to completion on a tablet with the network off', () => {
  let context: BrowserContext;
  let page: Page;
  let visitPath = '';

  it.each([
    {
      checklist: 'Готовность материально-технической базы и организационных условий',
      viewport: { width: 1024, height: 768 },
    },
    {
      checklist: 'Соблюдение требований к ведению электронного журнала',
      viewport: { width: 768, height: 1024 },
    },
  ])('fills «$checklist» and completes it with the school’s acknowledgement', async (input) => {
    ({ context, page } = await offlineTablet(input.viewport));
    const errors = collectPageErrors(page);
    visitPath = await startVisit(page, input.checklist);

    // Completion is refused while required questions are open, and says why.
    await step(page, 'Завершение').click();
    await page.getByRole('button', { name: 'Завершить посещение' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/обязательн.*вопрос[\s\S]*Укажите ФИО представителя школы/);

    const answered = await fillRequiredQuestions(page);
    expect(answered).toBeGreaterThan(10);
    const total = (await totalScore(page)) ?? '';
    expect(total).toMatch(/%\s·\s(оптимальный|желательный|базовый|недостаточный)/);

    await step(page, 'Завершение').click();
    // Nothing sticks out sideways: the row of steps scrolls within the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      input.viewport.width,
    );
    await page.getByLabel('ФИО представителя школы').fill('Ковальчук Марина Сергеевна');
    await page.getByLabel('Должность').fill('директор');
    await sign(page);
    await page.getByLabel('Возражения и замечания школы').fill('Сроки по мерам согласованы');
    await page.getByRole('button', { name: 'Завершить посещение' }).click();

    await page.getByText('Статус: Завершено. Ответы только для чтения.').waitFor();
    await expect.poll(() => page.locator('.page__subtitle').textContent()).toMatch(/Завершено/);
    await expect
      .poll(() => page.getByRole('img', { name: 'Подпись: Ковальчук Марина Сергеевна' }).count())
      .toBe(1);
    expect(errors).toEqual([]);
  });

  it('stays read-only after a reload, prints a report with scores and level, and reopens on record', async () => {
    await page.reload();
    await step(page, 'Выводы и рекомендации').click();
    await expect
      .poll(() => page.getByLabel('Выявленные нарушения и недостатки').isDisabled())
      .toBe(true);
    await step(page, 'Завершение').click();
    const total = ((await totalScore(page)) ?? '').replace(/\s+/g, ' ');
    const level = /· (\S+)$/.exec(total)?.[1] ?? 'нет уровня';

    await page.getByRole('link', { name: 'Справка по итогам посещения' }).click();
    await page.getByRole('heading', { level: 1, name: 'Справка по итогам посещения' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const text = (await pdfPages(await page.pdf({ format: 'A4', printBackground: true })))
      .join('\n')
      .replace(/\s+/g, ' ');
    await page.emulateMedia({ media: 'screen' });
    expect(text).toContain('Справка по итогам посещения');
    expect(text).toContain('Ивановская');
    expect(text).toContain('Оценки по разделам');
    expect(text).toContain('Данные в системе');
    expect(text).toContain(total.replace(/\s+/g, ' '));
    expect(text).toContain(level);
    expect(text).toContain('Ковальчук Марина Сергеевна');
    expect(text).toContain('Сроки по мерам согласованы');
    // The app's own navigation is not printed.
    expect(text).not.toContain('Настройки');

    await page.goto(`${visitPath}?section=visit-completion`);
    page.once('dialog', (dialog) => void dialog.accept());
    await page
      .getByLabel('Причина, по которой посещение открывается вновь')
      .fill('Школа представила график контрольных работ');
    await page.getByRole('button', { name: 'Открыть для изменений' }).click();
    await expect.poll(() => page.locator('.page__subtitle').textContent()).toMatch(/Черновик/);
    const history = page.getByRole('region', { name: 'История посещения' });
    await expect.poll(() => history.textContent()).toMatch(/Завершено → Черновик/);
    await expect
      .poll(() => history.textContent())
      .toContain('Школа представила график контрольных работ');
    await context.close();
  });

  it('fills «ИКТ-компетентность» as a self-audit and completes it without a representative', async () => {
    ({ context, page } = await offlineTablet({ width: 1024, height: 768 }));
    await startVisit(page, 'ИКТ-компетентность педагогических работников', 'Самоаудит школы');
    expect(await fillRequiredQuestions(page)).toBeGreaterThan(10);
    await step(page, 'Завершение').click();
    expect(await page.getByLabel('ФИО представителя школы').count()).toBe(0);
    await page.getByRole('button', { name: 'Завершить посещение' }).click();
    await page.getByText('Статус: Завершено. Ответы только для чтения.').waitFor();
    await context.close();
  });
});

import { todayInDistrict } from '../../src/shared/district-today.ts';
import { addDays } from '../../src/shared/plans/working-days.ts';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, logInAsCoordinator, waitForDirectory } from '../support/app-page.ts';
import { describeViolations, seriousAxeViolations } from '../support/axe.ts';
import { appForThisFile } from '../support/app-for-file.ts';

const screensDir = '/tmp/screens';

const app = appForThisFile();
let context: BrowserContext;
let page: Page;
let errors: Error[];

const iso = (date: Date) => todayInDistrict(date);
/** `дд.мм.гггг`, as the screen shows dates. */
const shown = (date: string) => date.split('-').reverse().join('.');
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

const today = iso(new Date());
/** The first Monday to Friday after today. */
let nextWorkingDay = addDays(today, 1);
while ([0, 6].includes(weekday(nextWorkingDay))) nextWorkingDay = addDays(nextWorkingDay, 1);

const visitForm = () => page.getByRole('region', { name: 'Новое посещение в плане' });
const roundForm = () => page.getByRole('region', { name: 'Этап мониторинга: все школы сразу' });
/** A school's row under a day's heading in the list. */
const planRow = (date: string, school: string) =>
  page
    .getByRole('region', { name: new RegExp(`^${shown(date)}`) })
    .locator('.plan-row', { hasText: school });

async function expectNoSeriousViolations(): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

async function screenshot(name: string, fullPage = true): Promise<void> {
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 768, height: 1024 },
  ]) {
    await page.setViewportSize(viewport);
    await page.evaluate(() => document.fonts.ready);
    const file = `${name}-${String(viewport.width)}x${String(viewport.height)}.png`;
    await page.screenshot({ path: path.join(screensDir, file), fullPage });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} at ${String(viewport.width)} px is wider than the screen`).toBe(0);
  }
  await page.setViewportSize({ width: 1024, height: 768 });
}

/** The error message a field points to with aria-describedby. */
async function fieldMessage(field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter(Boolean)
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(' ');
}

async function planVisit(school: string, date: string, inspector: string, note: string) {
  const form = visitForm();
  await form.getByLabel('Школа', { exact: true }).selectOption({ label: school });
  await form.getByLabel('Дата', { exact: true }).fill(date);
  await form.getByRole('checkbox', { name: inspector }).check();
  await form.getByLabel('Примечание').fill(note);
  await form.getByRole('button', { name: 'Запланировать', exact: true }).click();
  await form
    .getByText(`Посещение запланировано: ${school}, ${shown(date)}.`, { exact: true })
    .waitFor();
}

beforeAll(async () => {
  await mkdir(screensDir, { recursive: true });
  // axe-core is injected by the test: the app's CSP forbids that otherwise.
  context = await app.newContext({ bypassCSP: true });
  page = await context.newPage();
  errors = collectPageErrors(page);
  await logInAsCoordinator(page);
  await waitForDirectory(page);
});

afterAll(async () => {
  await context.close();
});

describe('the coordinator’s visit plan', () => {
  it('plans a visit for an inspector, with the server’s messages at the fields, and shows it in the list and the calendar', async () => {
    await page
      .getByRole('navigation', { name: 'Разделы' })
      .getByRole('link', { name: 'План' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'План посещений' }).waitFor();
    await page.getByRole('button', { name: 'Запланировать посещение' }).click();
    const form = visitForm();

    // Nothing chosen: the server's reason is shown at the school field.
    await form.getByRole('button', { name: 'Запланировать', exact: true }).click();
    const school = form.getByLabel('Школа', { exact: true });
    await expect.poll(() => fieldMessage(school)).toBe('Выберите школу');
    expect(await school.getAttribute('aria-invalid')).toBe('true');

    // A school but nobody to send: the message moves to the inspectors.
    await school.selectOption({ label: 'МБОУ «Крымская школа»' });
    // The demo inspector Петренко covers this school: he is offered first, and says so.
    const offered = form.getByRole('group', { name: 'Проверяющие' }).getByRole('checkbox');
    await expect
      .poll(() => offered.first().evaluate((box) => box.closest('label')?.textContent))
      .toBe('Петренко Иван Олегович · закреплён за школой');
    await form.getByRole('button', { name: 'Запланировать', exact: true }).click();
    await form.getByText('Назначьте хотя бы одного проверяющего', { exact: true }).waitFor();
    expect(await fieldMessage(school)).toBe('');
    await screenshot('plan-visit-form');

    await planVisit(
      'МБОУ «Крымская школа»',
      today,
      'Петренко Иван Олегович',
      'Журналы 5–9 классов',
    );
    await planVisit(
      'МБОУ «Фрунзенская школа»',
      addDays(today, -1),
      'Халилова Зарема Рустемовна',
      'Перенесено с прошлой недели',
    );
    await form.getByRole('button', { name: 'Закрыть' }).click();
    if (addDays(today, -1).slice(0, 7) !== today.slice(0, 7)) {
      await page.getByRole('button', { name: 'Следующий месяц' }).click();
    }

    const row = planRow(today, 'МБОУ «Крымская школа»');
    await expect.poll(() => row.textContent()).toContain('Проверяющие: Петренко Иван Олегович');
    const text = (await row.textContent()) ?? '';
    expect(text).toContain('Готовность базы · Проверка рабочей группы');
    expect(text).toContain('Запланировано');
    expect(text).toContain('Журналы 5–9 классов');
    const day = page.getByRole('heading', { level: 2, name: new RegExp(`^${shown(today)}`) });
    expect(await day.textContent()).toMatch(/сегодня/);

    // Yesterday's visit is overdue: a word as well as a colour.
    if (addDays(today, -1).slice(0, 7) === today.slice(0, 7)) {
      await expect
        .poll(() => planRow(addDays(today, -1), 'МБОУ «Фрунзенская школа»').textContent())
        .toContain('Просрочено');
    }
    await expectNoSeriousViolations();
    await screenshot('plan-list');

    await page.getByRole('radio', { name: 'Календарь' }).check();
    const todayCell = page.locator('td[aria-current="date"]');
    await todayCell.getByText('сегодня', { exact: true }).waitFor();
    const chip = todayCell.getByRole('button', { name: /^Крымская школа.*Запланировано/ });
    await chip.waitFor();
    // The calendar's columns are named by the days of the week, from Monday.
    const headers = await page
      .getByRole('table')
      .first()
      .getByRole('columnheader')
      .allTextContents();
    expect(headers).toEqual(['Пн', 'Вт', 'Ср', 'Чт', 'Пт', 'Сб', 'Вс']);
    await expectNoSeriousViolations();
    await screenshot('plan-calendar');

    await chip.click();
    const dialog = page.getByRole('dialog', { name: 'МБОУ «Крымская школа»' });
    await dialog.getByText('Петренко Иван Олегович', { exact: true }).waitFor();
    expect(await dialog.textContent()).toContain('Готовность материально-технической базы');
    await expectNoSeriousViolations();
    await screenshot('plan-dialog', false);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });

  it('previews a monitoring round with the schools that do not fit, then plans it', async () => {
    await page.getByRole('radio', { name: 'Список' }).check();
    await page.getByRole('button', { name: 'Этап мониторинга' }).click();
    const form = roundForm();
    const stage = 'Своевременность внесения домашнего задания и темы уроков';
    await form.getByLabel('Этап дорожной карты').selectOption({ label: stage });
    expect(await form.getByLabel('Название этапа').inputValue()).toBe(stage);
    expect(
      await form
        .getByRole('checkbox', { name: 'Соблюдение требований к ведению электронного журнала' })
        .isChecked(),
    ).toBe(true);
    await form.getByText('Основание: 003 · Дорожная карта · п. 5').waitFor();

    // One working day, one visit a day, three schools: two do not fit.
    await form.getByLabel('Начало периода').fill(nextWorkingDay);
    await form.getByLabel('Конец периода').fill(nextWorkingDay);
    await form.getByRole('radio', { name: 'Выбранные школы' }).check();
    await form.getByRole('button', { name: 'Выбрать все' }).click();
    await form.getByText('Выбрано 10 школ', { exact: true }).waitFor();
    await form.getByRole('button', { name: 'Снять выбор' }).click();
    for (const school of ['Уютненская', 'Ореховская', 'Штормовская']) {
      await form.getByRole('checkbox', { name: `МБОУ «${school} школа»` }).check();
    }
    await form.getByText('Выбрано 3 школы', { exact: true }).waitFor();
    await form.getByLabel('Посещений в день, не больше').fill('1');
    const inspectors = form.getByRole('group', { name: 'Проверяющие (необязательно)' });
    await inspectors.getByRole('checkbox', { name: 'Петренко Иван Олегович' }).check();
    await form.getByRole('button', { name: 'Предварительный просмотр' }).click();

    const preview = form.getByRole('region', { name: 'Что будет запланировано' });
    await preview.getByText('Не удалось запланировать 2 школы:').waitFor();
    await expect
      .poll(() => preview.getByRole('listitem').allTextContents())
      .toEqual([
        expect.stringMatching(/не хватило рабочих дней периода/),
        expect.stringMatching(/не хватило рабочих дней периода/),
      ]);
    const rows = preview.getByRole('table').getByRole('row');
    await expect.poll(() => rows.count()).toBe(2);
    const planned = (await rows.nth(1).allTextContents()).join(' ');
    expect(planned).toContain(shown(nextWorkingDay));
    expect(planned).toContain('Петренко Иван Олегович');
    expect(planned).toContain('Ведение ЭЖ');
    await preview.getByText('Это предварительный просмотр: ничего ещё не сохранено.').waitFor();
    await screenshot('plan-round-preview');
    // Nothing is in the plan before «Запланировать».
    expect(await page.locator('.plan-row', { hasText: `Этап: ${stage}` }).count()).toBe(0);
    await expectNoSeriousViolations();

    await preview.getByRole('button', { name: 'Запланировать', exact: true }).click();
    await form.getByText('Запланировано 1 посещение.', { exact: true }).waitFor();
    await form.getByRole('button', { name: 'Закрыть' }).click();
    await expect
      .poll(() => page.locator('.plan-row', { hasText: `Этап: ${stage}` }).count())
      .toBe(1);
    expect(errors).toEqual([]);
  });

  it('cancels a plan after asking, and it shows as cancelled', async () => {
    await page.goto('/plan');
    const row = planRow(today, 'МБОУ «Крымская школа»');
    await row
      .getByRole('button', { name: `Изменить: МБОУ «Крымская школа», ${shown(today)}` })
      .click();
    const dialog = page.getByRole('dialog', { name: 'МБОУ «Крымская школа»' });
    await dialog.getByRole('button', { name: 'Отменить посещение…' }).click();
    await dialog
      .getByText(`Отменить посещение «МБОУ «Крымская школа»» ${shown(today)}?`, { exact: false })
      .waitFor();
    // Changing one's mind cancels nothing.
    await dialog.getByRole('button', { name: 'Не отменять' }).click();
    await dialog.getByRole('button', { name: 'Отменить посещение…' }).click();
    await dialog.getByRole('button', { name: 'Да, отменить' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('status').filter({ hasText: 'Посещение отменено.' }).waitFor();
    await expect.poll(() => row.textContent()).toContain('Отменено');

    // The server keeps it: after a reload it is still cancelled, and the state filter finds it.
    await page.reload();
    await page
      .getByRole('group', { name: 'Отбор' })
      .getByLabel('Состояние')
      .selectOption({ label: 'Отменено' });
    await expect.poll(() => page.locator('.plan-row').count()).toBe(1);
    expect(await row.textContent()).toContain('Отменено');
    expect(errors).toEqual([]);
  });

  it('says so when the network is gone and keeps what was typed', async () => {
    await page.goto('/plan');
    await page.getByRole('button', { name: 'Запланировать посещение' }).click();
    const form = visitForm();
    await context.setOffline(true);
    await page.getByText(/^Нет сети\. План посещений хранится на сервере/).waitFor();
    await form
      .getByLabel('Школа', { exact: true })
      .selectOption({ label: 'МБОУ «Ивановская школа»' });
    await form.getByRole('checkbox', { name: 'Петренко Иван Олегович' }).check();
    await form.getByLabel('Примечание').fill('Взять акт прошлой проверки');
    await form.getByRole('button', { name: 'Запланировать', exact: true }).click();
    await form.getByText('Нет связи с сервером. Проверьте подключение к сети.').waitFor();
    expect(await form.getByLabel('Примечание').inputValue()).toBe('Взять акт прошлой проверки');
    expect(await form.getByRole('checkbox', { name: 'Петренко Иван Олегович' }).isChecked()).toBe(
      true,
    );

    await context.setOffline(false);
    await form.getByRole('button', { name: 'Запланировать', exact: true }).click();
    await form.getByText(/^Посещение запланировано: МБОУ «Ивановская школа»/).waitFor();
    expect(errors).toEqual([]);
  });
});

import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, logInAsCoordinator, submitLogin } from '../support/app-page.ts';
import { appForThisFile } from '../support/app-for-file.ts';
import { describeViolations, seriousAxeViolations } from '../support/axe.ts';

const app = appForThisFile();
const SCREENS = '/tmp/screens';
const viewports = [
  { width: 1024, height: 768 },
  { width: 768, height: 1024 },
] as const;

let context: BrowserContext;
let page: Page;
let errors: Error[];

const IVANOVSKAYA =
  'Муниципальное бюджетное общеобразовательное учреждение «Ивановская школа» Сакского района Республики Крым (демо)';

/** A school file as Excel in Russian saves it: UTF-8 with a BOM, «;» between cells. */
function schoolCsv(secondShortName: string): { name: string; mimeType: string; buffer: Buffer } {
  const lines = [
    'Полное наименование;Краткое наименование;Адрес;Директор;Телефон',
    'МБОУ «Лесновская средняя школа» Сакского района;МБОУ «Лесновская школа»;с. Лесновка;Орлова Вера Ивановна;+7 (36563) 3-11-22',
    `МБОУ «Водопойненская средняя школа» Сакского района;${secondShortName};с. Водопойное;;`,
    `${IVANOVSKAYA};МБОУ «Ивановская школа»;с. Ивановка, ул. Школьная, д. 9;Ковальчук Марина Сергеевна;+7 (36563) 2-73-38`,
  ];
  return {
    name: 'школы-района.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8'),
  };
}

const tab = (name: string) =>
  page.getByRole('navigation', { name: 'Разделы справочников' }).getByRole('link', { name });
const success = () => page.locator('.notice--success');

async function expectNoSeriousViolations(): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** Full-page screenshots of the screen as it is, at both tablet sizes, without sideways scrolling. */
async function screenshots(name: string): Promise<void> {
  for (const viewport of viewports) {
    await page.setViewportSize(viewport);
    // The top bar is sticky: a full-page picture is taken from the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({
      path: path.join(SCREENS, `${name}-${viewport.width}x${viewport.height}.png`),
      fullPage: true,
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} at ${viewport.width}`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize(viewports[0]);
}

beforeAll(async () => {
  await mkdir(SCREENS, { recursive: true });
  // The app's CSP forbids injected scripts; axe-core is injected only here, in tests.
  context = await app.newContext({ bypassCSP: true });
  page = await context.newPage();
  errors = collectPageErrors(page);
  await logInAsCoordinator(page);
  await page.getByRole('link', { name: 'Справочники' }).click();
  await page.getByRole('heading', { level: 1, name: 'Справочники' }).waitFor();
});

afterAll(async () => {
  await context.close();
});

describe('the coordinator’s directories', () => {
  it('adds a school, checked on the tablet, kept while offline, refused when its name is taken', async () => {
    await page.getByText('10 школ', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Добавить школу' }).click();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Укажите полное наименование').waitFor();
    await page.getByText('Укажите краткое наименование').waitFor();

    await page
      .getByLabel('Полное наименование', { exact: true })
      .fill('МБОУ «Сизовская средняя школа» Сакского района');
    await page.getByLabel('Краткое наименование', { exact: true }).fill('МБОУ «Сизовская школа»');
    await page.getByLabel('Электронная почта', { exact: true }).fill('sizovka@example.ru');
    await context.setOffline(true);
    await page.getByText(/^Нет сети\. Справочники хранятся на сервере/).waitFor();
    expect(await page.getByRole('button', { name: 'Сохранить' }).isDisabled()).toBe(true);
    await context.setOffline(false);
    expect(await page.getByLabel('Краткое наименование', { exact: true }).inputValue()).toBe(
      'МБОУ «Сизовская школа»',
    );
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect
      .poll(() => success().textContent())
      .toBe('Школа «МБОУ «Сизовская школа»» добавлена в справочник.');
    await page.getByText('11 школ', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Добавить школу' }).click();
    await page.getByLabel('Полное наименование', { exact: true }).fill(IVANOVSKAYA);
    await page.getByLabel('Краткое наименование', { exact: true }).fill('Ещё одна Ивановская');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page
      .getByText(`Школа с полным наименованием «${IVANOVSKAYA}» уже есть в справочнике.`)
      .waitFor();
    expect(
      await page.getByLabel('Полное наименование', { exact: true }).getAttribute('aria-invalid'),
    ).toBe('true');
    await page.getByRole('button', { name: 'Отмена' }).click();
  });

  it('previews a school file with a wrong line, refuses it, and imports it once fixed', async () => {
    await page.getByRole('button', { name: 'Импорт школ из файла' }).click();
    const fileInput = page.getByLabel('Файл со списком школ');
    await fileInput.setInputFiles(schoolCsv(''));
    await page.getByText('Что будет сделано: «школы-района.csv»').waitFor();
    const rows = page.locator('.import-preview tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    const wrong = rows.nth(1);
    expect(await wrong.locator('td').first().textContent()).toBe('3');
    expect(await wrong.textContent()).toContain('ошибка');
    expect(await wrong.textContent()).toContain(
      '«краткое наименование»: Укажите краткое наименование',
    );
    expect(await rows.nth(0).textContent()).toContain('создать');
    expect(await rows.nth(2).textContent()).toContain('обновить');
    await page
      .getByText('Добавить: 1 · обновить: 1 · без изменений: 0 · с ошибками: 1', { exact: true })
      .waitFor();
    expect(await page.getByRole('button', { name: 'Импортировать' }).isDisabled()).toBe(true);
    await page.getByText(/^Импорт невозможен: исправьте ошибки в файле/).waitFor();
    await expectNoSeriousViolations();
    await screenshots('directory-import-preview');

    await fileInput.setInputFiles(schoolCsv('МБОУ «Водопойненская школа»'));
    await page
      .getByText('Добавить: 2 · обновить: 1 · без изменений: 0 · с ошибками: 0', { exact: true })
      .waitFor();
    await page.getByRole('button', { name: 'Импортировать' }).click();
    await page.getByText('Импорт выполнен: добавлено 2, обновлено 1.').waitFor();
    await page.getByText('13 школ', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Изменить: МБОУ «Водопойненская школа»' }).waitFor();
  });

  it('creates an inspector whose temporary password is shown once and opens the account', async () => {
    await tab('Пользователи').click();
    await page.getByRole('button', { name: 'Изменить: Петренко Иван Олегович' }).waitFor();
    await page.getByRole('button', { name: 'Новый пользователь' }).click();
    await page.getByLabel('Логин', { exact: true }).fill('inspektor3');
    await page.getByLabel('ФИО', { exact: true }).fill('Сидоренко Олег Петрович');
    await page.getByRole('button', { name: 'Создать' }).click();
    await page.getByText('Временный пароль пользователя «inspektor3»').waitFor();
    await page.getByText(/^Пароль показан один раз/).waitFor();
    const password = await page.getByLabel('Временный пароль', { exact: true }).inputValue();
    expect(password).toMatch(/^[^\s-]{5}-[^\s-]{5}-[^\s-]{5}$/);
    await page.getByRole('button', { name: 'Пароль передан, закрыть' }).click();
    await expect.poll(() => page.getByLabel('Временный пароль', { exact: true }).count()).toBe(0);

    await page
      .getByLabel('Роль', { exact: true })
      .selectOption({ label: 'Инспектор рабочей группы' });
    await page.getByText('3 учётные записи', { exact: true }).waitFor();
    await page.getByLabel('Роль', { exact: true }).selectOption({ label: 'Все роли' });
    await expectNoSeriousViolations();
    await screenshots('directory-users');

    const other = await app.newContext();
    try {
      const tablet = await other.newPage();
      await submitLogin(tablet, 'inspektor3', password);
      await tablet
        .getByRole('heading', { level: 1, name: 'Здравствуйте, Олег Петрович' })
        .waitFor();
    } finally {
      await other.close();
    }
  });

  it('shows the server’s refusal when the coordinator tries to switch her own account off', async () => {
    await page.getByRole('button', { name: 'Изменить: Демидова Анна Сергеевна' }).click();
    await page.getByRole('button', { name: 'Отключить' }).click();
    await page.getByText(/^Отключить учётную запись «koordinator»\?/).waitFor();
    await page.getByRole('button', { name: 'Да, отключить' }).click();
    await page.getByText('Нельзя отключить собственную учётную запись.').waitFor();
    await page.getByRole('button', { name: 'Отмена' }).click();
  });

  it('assigns schools to the new inspector', async () => {
    await tab('Закрепление школ').click();
    await page.getByLabel('Инспектор', { exact: true }).selectOption({
      label: 'Сидоренко Олег Петрович',
    });
    await page.getByLabel('Найти школу').fill('водопой');
    await page.getByRole('checkbox', { name: 'МБОУ «Водопойненская школа»' }).check();
    await page.getByLabel('Найти школу').fill('');
    await page.getByRole('checkbox', { name: 'МБОУ «Ивановская школа»' }).check();
    await page.getByText('Отмечено 2 школы', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Школы инспектора Сидоренко Олег Петрович сохранены.').waitFor();
    await expectNoSeriousViolations();
    await screenshots('directory-coverage');

    await page.reload();
    const row = page.getByRole('row', { name: /Сидоренко Олег Петрович/ });
    await expect
      .poll(() => row.textContent())
      .toBe('Сидоренко Олег ПетровичМБОУ «Водопойненская школа», МБОУ «Ивановская школа»');
  });

  it('imports a checklist draft, lists a wrong one’s errors, and publishes the draft', async () => {
    await tab('Чек-листы').click();
    const title = 'Готовность материально-технической базы и организационных условий';
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Скачать JSON: ${title}, версия 1` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('readiness-v1.json');
    const definition = JSON.parse(await readFile(await download.path(), 'utf8')) as {
      version: number;
      sections: unknown[];
    };
    const fileInput = page.getByLabel('Файл чек-листа (JSON)');

    await fileInput.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...definition, version: 2, sections: [] })),
    });
    await page.getByText('Ошибки в определении чек-листа из файла «broken.json»:').waitFor();
    await fileInput.setInputFiles({
      name: 'not-json.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "id": '),
    });
    await page.getByText('Файл «not-json.json» не является корректным JSON.').waitFor();

    await fileInput.setInputFiles({
      name: 'readiness-v2.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ ...definition, version: 2 })),
    });
    await page.getByText(`Черновик «${title}», версия 2, загружен.`).waitFor();
    const cards = page.getByRole('listitem').filter({ hasText: 'readiness' });
    await expect.poll(() => cards.count()).toBe(2);
    expect(await cards.first().textContent()).toMatch(/Версия 2\s*черновик/);
    await expectNoSeriousViolations();
    await page.getByRole('button', { name: `Опубликовать: ${title}, версия 2` }).click();
    await screenshots('directory-checklists');
    await page.getByRole('button', { name: 'Отмена' }).click();

    await page.getByRole('button', { name: `Опубликовать: ${title}, версия 2` }).click();
    await page.getByText(/После публикации версию нельзя изменить/).waitFor();
    await page.getByRole('button', { name: 'Да, опубликовать' }).click();
    await page.getByText(`Чек-лист «${title}», версия 2, опубликован.`).waitFor();
    await expect.poll(() => cards.first().textContent()).toMatch(/Версия 2\s*опубликован/);
    expect(await cards.first().textContent()).toMatch(
      /опубликована \d\d\.\d\d\.\d{4}, \d\d:\d\d, Демидова Анна Сергеевна/,
    );
    expect(await page.getByText('черновик', { exact: true }).count()).toBe(0);
  });

  it('lists what was done in the audit log in Russian, newest first', async () => {
    await tab('Журнал действий').click();
    const rows = page.locator('.directory-table tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(5);
    const actions = await rows.evaluateAll((trs) =>
      trs.slice(0, 6).map((tr) => tr.querySelectorAll('td')[2]?.textContent ?? ''),
    );
    expect(actions).toEqual([
      'Опубликован чек-лист',
      'Загружен черновик чек-листа',
      'Изменены школы инспектора',
      'Создан пользователь',
      'Импорт школ',
      'Добавлена школа',
    ]);
    expect(await rows.first().textContent()).toContain('чек-лист: readiness, версия 2');
    expect(await rows.first().textContent()).toContain('Демидова Анна Сергеевна');
    await page.getByText('Показаны все записи.').waitFor();
    await expectNoSeriousViolations();
    await screenshots('directory-audit');
    expect(errors).toEqual([]);
  });
});

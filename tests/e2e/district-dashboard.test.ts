import { todayInDistrict } from '../../src/shared/district-today.ts';
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowAnswerKey } from '../../src/shared/checklist/answer-keys.ts';
import type { User } from '../../src/shared/schemas/user.ts';
import type { Visit } from '../../src/shared/schemas/visit.ts';
import { deviceOver, httpRequest } from '../fixtures/http-app.ts';
import {
  answerPut,
  createVisit,
  newVisit,
  transition,
  type Change,
  type TestDevice,
} from '../fixtures/sync-client.ts';
import { collectPageErrors, logInAsCoordinator, waitForDirectory } from '../support/app-page.ts';
import { appForThisFile } from '../support/app-for-file.ts';
import { describeViolations, seriousAxeViolations } from '../support/axe.ts';
import { DEMO_PASSWORD } from '../support/demo-accounts.ts';
import { pdfPages } from '../support/pdf-text.ts';

const screensDir = '/tmp/screens';
const NORTH = 'МБОУ «Новофёдоровская школа-лицей»';
const SOUTH = 'МБОУ «Крымская школа»';

const app = appForThisFile();
let context: BrowserContext;
let page: Page;
let errors: Error[];

/** Today in the district: the visits are dated today, so every preset period holds them. */
const today = todayInDistrict(new Date());

async function signIn(login: string): Promise<TestDevice> {
  const reply = await httpRequest(app.server.url, {
    method: 'POST',
    url: '/api/auth/login',
    payload: { login, password: DEMO_PASSWORD },
  });
  const { token, user } = reply.json() as { token: string; user: User };
  return deviceOver(app.server.url, token, user);
}

async function schoolIds(device: TestDevice): Promise<Map<string, string>> {
  const reply = await device.call('GET', '/api/schools');
  const { schools } = reply.json<{ schools: { id: string; shortName: string }[] }>();
  return new Map(schools.map((school) => [school.shortName, school.id]));
}

function rows(visitId: string, group: string, values: Record<string, unknown>[]): Change[] {
  return values.flatMap((answers, position) => {
    const id = randomUUID();
    const row: Change = {
      op: 'put',
      collection: 'rows',
      id,
      fields: { id, visitId, group, position, createdAt: new Date().toISOString() },
      base: {},
    };
    const puts = Object.entries(answers).map(([key, value]) =>
      answerPut(visitId, rowAnswerKey(group, id, key), { value }),
    );
    return [row, ...puts];
  });
}

/** An open corrective action whose deadline passed a month ago. */
function overdueAction(visit: Visit): Change {
  const id = randomUUID();
  const at = new Date().toISOString();
  const deadline = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  return {
    op: 'put',
    collection: 'actions',
    id,
    fields: {
      id,
      visitId: visit.id,
      schoolId: visit.schoolId,
      what: 'Провести интернет в кабинеты начальных классов',
      responsible: 'Заместитель директора по АХР',
      deadline,
      status: 'open',
      comment: '',
      followedUpIn: null,
      createdAt: at,
      updatedAt: at,
    },
    base: {},
  };
}

const skills = (level: number) => ({
  skill_basic: level,
  skill_login: level,
  skill_topic_homework: level,
  skill_current_marks: Math.min(level + 1, 2),
});

async function push(device: TestDevice, ...changes: Change[]): Promise<void> {
  const response = await device.change(...changes);
  const refused = response.results.filter((result) => result.status !== 'applied');
  if (refused.length > 0) throw new Error(`push refused: ${JSON.stringify(refused)}`);
}

/**
 * Completed visits pushed through the sync API as the demo inspector and the
 * first school's deputy: readiness of two schools (66,7 % and 0 %), the ICT
 * roster and the journal sample of the first, and its self-audit (100 %).
 */
async function seedCompletedVisits(): Promise<void> {
  const inspector = await signIn('inspektor');
  const deputy = await signIn('zavuch');
  const schools = await schoolIds(inspector);
  const north = schools.get(NORTH) ?? '';
  const south = schools.get(SOUTH) ?? '';
  const visit = (user: User, schoolId: string, checklistId: string): Visit =>
    newVisit(user, schoolId, { checklistId, date: today, commission: ['Петренко И. О.'] });
  const first = visit(inspector.user, north, 'readiness');
  const northReadiness = { ...first, id: `0${first.id.slice(1)}` };
  const southReadiness = visit(inspector.user, south, 'readiness');
  const ict = visit(inspector.user, north, 'ict-competence');
  const journal = visit(inspector.user, north, 'journal-compliance');
  // Of two visits on one day the later id is the later visit: the self-audit comes second.
  const bare = visit(deputy.user, north, 'readiness');
  const selfAudit = { ...bare, id: `f${bare.id.slice(1)}` };
  await push(
    inspector,
    createVisit(northReadiness),
    answerPut(northReadiness.id, 'classroom_internet', { value: 'yes' }),
    answerPut(northReadiness.id, 'report_printer', { value: 'no' }),
    overdueAction(northReadiness),
    transition(northReadiness.id, 'completed'),
    createVisit(southReadiness),
    answerPut(southReadiness.id, 'classroom_internet', { value: 'no' }),
    transition(southReadiness.id, 'completed'),
    createVisit(ict),
    ...rows(ict.id, 'roster', [
      { person: 'Иванова Анна Петровна', position: 'teacher', ...skills(2), trained: 'yes' },
      { person: 'Сидоров Пётр Ильич', position: 'teacher', ...skills(1), readiness: 'hesitant' },
      { person: 'Ким Алла Сергеевна', position: 'teacher', ...skills(0), help_topics: ['diary'] },
    ]),
    transition(ict.id, 'completed'),
    createVisit(journal),
    ...rows(journal.id, 'journal_sample', [
      {
        journal_class: '7Б',
        journal_subject: 'Математика',
        journal_teacher: 'Иванова Анна Петровна',
        lessons_by_timetable: 10,
        lessons_marked_held: 10,
        lessons_with_topic: 9,
        lessons_with_homework: 7,
        late_entries: 1,
      },
    ]),
    transition(journal.id, 'completed'),
  );
  await push(
    deputy,
    createVisit(selfAudit),
    answerPut(selfAudit.id, 'classroom_internet', { value: 'yes' }),
    answerPut(selfAudit.id, 'report_printer', { value: 'yes' }),
    transition(selfAudit.id, 'completed'),
  );
}

async function expectNoSeriousViolations(): Promise<void> {
  const violations = await seriousAxeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

async function screenshot(name: string): Promise<void> {
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 768, height: 1024 },
  ]) {
    await page.setViewportSize(viewport);
    // Charts follow their container's width on the next frame.
    await page.waitForTimeout(300);
    const file = `${name}-${String(viewport.width)}x${String(viewport.height)}.png`;
    await page.screenshot({ path: path.join(screensDir, file), fullPage: true });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} at ${String(viewport.width)} px is wider than the screen`).toBe(0);
  }
  await page.setViewportSize({ width: 1024, height: 768 });
}

/** Whether a chart's canvas has been drawn on (some pixel is not transparent). */
function chartDrawn(name: RegExp) {
  return page.getByRole('img', { name }).evaluate((canvas) => {
    const element = canvas as HTMLCanvasElement;
    const context2d = element.getContext('2d');
    if (!context2d || element.width === 0) return false;
    const { data } = context2d.getImageData(0, 0, element.width, element.height);
    return data.some((value, index) => index % 4 === 3 && value > 0);
  });
}

const colourTable = () => page.getByRole('table', { name: 'Уровень школ по чек-листам' });
const schoolRow = (name: string) => colourTable().getByRole('row', { name: new RegExp(name) });

describe('the district dashboard for the coordinator', () => {
  beforeAll(async () => {
    await mkdir(screensDir, { recursive: true });
    await seedCompletedVisits();
    context = await app.newContext({ bypassCSP: true });
    page = await context.newPage();
    errors = collectPageErrors(page);
    await logInAsCoordinator(page);
    await waitForDirectory(page);
  });

  afterAll(async () => {
    await context.close();
  });

  it('shows each school’s latest level in colour and words, and draws the charts', async () => {
    await page
      .getByRole('navigation', { name: 'Разделы' })
      .getByRole('link', { name: 'Аналитика' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Аналитика по району' }).waitFor();
    await colourTable().waitFor();
    // The north's latest readiness is the deputy's self-audit (100 %), the south's the inspection.
    await expect.poll(() => schoolRow(NORTH).textContent()).toMatch(/100 %\s*оптимальный/);
    expect(await schoolRow(NORTH).textContent()).toContain('самоаудит');
    expect(await schoolRow(SOUTH).textContent()).toMatch(/0 %\s*недостаточный/);
    // The action agreed at the north's inspection is open and a month overdue.
    expect(await page.getByLabel('По району', { exact: true }).textContent()).toBe(
      'Открыты1Просрочены1Выполнены0Не выполнены0',
    );
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'В отборе' }).textContent())
      .toBe('В отборе: 5 посещений, 2 школы.');

    await expect.poll(() => chartDrawn(/^График: средний процент по кварталам/)).toBe(true);
    await expect.poll(() => chartDrawn(/^График: уровни по навыкам/)).toBe(true);
    const needs = page.getByRole('table', { name: 'Потребность в обучении по темам' });
    expect(await needs.textContent()).toContain('«Электронный дневник» и работа с родителями');
    const journal = page.getByRole('table', { name: 'Данные графика' }).filter({
      hasText: 'Тема урока',
    });
    expect(await journal.getByRole('row', { name: /Тема урока/ }).textContent()).toMatch(
      /9 из 10 уроков\s*90 %/,
    );
    await expectNoSeriousViolations();
    await screenshot('dashboard');
  });

  it('narrows to self-audits through the filter, and keeps the filter in the address', async () => {
    await page.getByLabel('Вид посещения').selectOption({ label: 'Самоаудит школы' });
    await page.getByRole('button', { name: 'Показать' }).click();
    await expect.poll(() => page.url()).toContain('kind=self_audit');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'В отборе' }).textContent())
      .toBe('В отборе: 1 посещение, 1 школа.');
    expect(await schoolRow(SOUTH).count()).toBe(0);

    // Offline the figures cannot be counted, and the screen says why; they come with the network.
    await context.setOffline(true);
    await page.getByLabel('Вид посещения').selectOption({ label: 'Все виды' });
    await page.getByRole('button', { name: 'Показать' }).click();
    await page.getByText(/^Нет сети\. Показатели района считаются на сервере/).waitFor();
    await context.setOffline(false);
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'В отборе' }).textContent())
      .toBe('В отборе: 5 посещений, 2 школы.');
  });

  it('lays the same figures out for print', async () => {
    await page.getByRole('link', { name: 'Справка для печати' }).click();
    await page.getByRole('heading', { level: 1, name: /Справка по итогам мониторинга/ }).waitFor();
    await colourTable().waitFor();
    await expect.poll(() => chartDrawn(/^График: средний процент по кварталам/)).toBe(true);
    await expectNoSeriousViolations();
    await screenshot('district-report');

    await page.emulateMedia({ media: 'print' });
    await page.screenshot({
      path: path.join(screensDir, 'district-report-print.png'),
      fullPage: true,
    });
    const text = (await pdfPages(await page.pdf({ format: 'A4', printBackground: true })))
      .join('\n')
      .replace(/\s+/g, ' ');
    await page.emulateMedia({ media: 'screen' });
    expect(text).toContain('Справка по итогам мониторинга');
    expect(text).toMatch(/за период с \d\d\.\d\d\.\d{4} по \d\d\.\d\d\.\d{4}/);
    expect(text).toContain(NORTH);
    expect(text).toContain('недостаточный');
    // The screen's tools and the navigation stay off paper.
    expect(text).not.toContain('Печать');
    expect(text).not.toContain('Аналитика');
  });

  it('downloads the results as an Excel workbook with Cyrillic intact, staff names masked', async () => {
    await page.getByRole('link', { name: 'К аналитике' }).click();
    await page.getByRole('link', { name: 'Выгрузка данных' }).click();
    await page.getByRole('heading', { level: 1, name: 'Выгрузка данных' }).waitFor();
    expect(await page.getByLabel('Скрыть ФИО сотрудников').isChecked()).toBe(true);
    expect(await page.getByLabel(/Excel \(XLSX\)/).isChecked()).toBe(true);
    await page.getByLabel(/CSV/).check();
    await page
      .getByLabel('Таблица', { exact: true })
      .selectOption({ label: 'Кадровый состав (ИКТ)' });
    await expectNoSeriousViolations();
    await screenshot('exports');
    await page.getByLabel(/Excel \(XLSX\)/).check();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Скачать' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await page.getByText(`Файл «${download.suggestedFilename()}» сохранён.`).waitFor();
    const file = await download.path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const cells: string[] = [];
    book.eachSheet((sheet) => {
      sheet.eachRow((row) => {
        row.eachCell((cell) => cells.push(cell.text));
      });
    });
    expect(cells).toContain(NORTH);
    expect(cells).toContain('Сотрудник 2');
    expect(cells.join('\n')).not.toContain('Сидоров Пётр Ильич');
    expect(errors).toEqual([]);
  });
});

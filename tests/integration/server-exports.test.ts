import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/port.ts';
import {
  exportQuery,
  getAs,
  SHARED_NAME,
  seedDistrictResults,
  TRICKY_NOTE,
  type DistrictResults,
} from '../fixtures/district-results.ts';
import { testAppForThisFile } from '../fixtures/test-app.ts';
import { testDatabases } from '../fixtures/test-databases.ts';

const AUTUMN = { from: '2026-09-01', to: '2026-12-31' };

const SHEETS = [
  'Посещения',
  'Ответы',
  'Кадровый состав (ИКТ)',
  'Проверенные журналы',
  'Доп. оснащение',
  'Меры',
];

type Cell = ExcelJS.CellValue;

/** A sheet's rows as plain values, the heading first; a hyperlink reads as its text. */
function rowsOf(sheet: ExcelJS.Worksheet): Cell[][] {
  const rows: Cell[][] = [];
  sheet.eachRow((row) => {
    // exceljs leaves holes for empty cells, and counts from 1.
    const values = Array.from(row.values as Cell[]).slice(1);
    rows.push(
      values.map((value) => {
        if (value === undefined) return null;
        return value !== null && typeof value === 'object' && 'hyperlink' in value
          ? value.text
          : value;
      }),
    );
  });
  return rows;
}

/** The values of one column (by heading) below the heading. */
function column(sheet: ExcelJS.Worksheet, header: string): Cell[] {
  const [head = [], ...body] = rowsOf(sheet);
  const at = head.indexOf(header);
  expect(at, `column «${header}»`).toBeGreaterThanOrEqual(0);
  return body.map((row) => row[at] ?? null);
}

function sheetOf(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet «${name}»`);
  return sheet;
}

describe.each(testDatabases)('the XLSX export of district results on $name', ({ open }) => {
  const server = testAppForThisFile(open);
  let db: Db;
  let app: FastifyInstance;
  let district: DistrictResults;

  beforeAll(async () => {
    ({ db, app } = server);
    district = await seedDistrictResults(db, app);
  });

  async function workbook(filter: Record<string, string | undefined> = AUTUMN) {
    const url = `/api/exports/results.xlsx?${exportQuery(filter)}`;
    const reply = await getAs(app, district.coordinator, url);
    expect(reply.statusCode, reply.body.slice(0, 300)).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(reply.rawPayload as unknown as ArrayBuffer);
    return { reply, book };
  }

  it('streams a download with one sheet per table, bold frozen headings and Cyrillic intact', async () => {
    const { reply, book } = await workbook();
    expect(reply.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(reply.headers['cache-control']).toBe('no-store');
    const name = encodeURIComponent('Результаты посещений 01.09.2026–31.12.2026.xlsx');
    expect(reply.headers['content-disposition']).toContain(`filename*=UTF-8''${name}`);
    expect(reply.headers['content-disposition']).toMatch(/^attachment; filename="[ -~]+\.xlsx"/);

    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(SHEETS);
    const visits = sheetOf(book, 'Посещения');
    expect(rowsOf(visits)[0]).toEqual([
      'Дата посещения',
      'Школа',
      'Чек-лист',
      'Версия',
      'Вид посещения',
      'Статус',
      'Автор',
      'Комиссия',
      'Результат, %',
      'Уровень',
      'Ознакомлен от школы',
      'Посещение',
      'Ссылка',
    ]);
    for (const sheet of book.worksheets) {
      expect(sheet.getRow(1).getCell(1).font.bold, sheet.name).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    expect(visits.getColumn(2).width).toBe(32);
  });

  it('lists completed visits only: dates as dates, results as percentages, words for codes', async () => {
    const visits = sheetOf((await workbook()).book, 'Посещения');
    const { readiness, ict, journal, selfAudit } = district;
    expect(column(visits, 'Посещение')).toEqual([readiness.id, ict.id, journal.id, selfAudit.id]);
    const dates = column(visits, 'Дата посещения');
    expect(dates[0]).toBeInstanceOf(Date);
    expect(dates[0]).toEqual(new Date(Date.UTC(2026, 9, 5)));
    expect(column(visits, 'Школа')).toEqual([
      district.northName,
      district.northName,
      district.southName,
      district.southName,
    ]);
    expect(column(visits, 'Вид посещения')).toEqual([
      'Проверка рабочей группы',
      'Проверка рабочей группы',
      'Проверка рабочей группы',
      'Самоаудит школы',
    ]);
    expect(column(visits, 'Статус')).toEqual(['Завершено', 'Завершено', 'Завершено', 'Завершено']);
    expect(column(visits, 'Чек-лист')).toEqual([
      'Готовность базы',
      'ИКТ-компетентность',
      'Ведение ЭЖ',
      'Готовность базы',
    ]);
    // Readiness: (3·75 % + 2·50 % + 1·100 %) / 6; ICT: (100 % + 50 %) / 2; journal: (99,5 + 95) / 2.
    expect(column(visits, 'Результат, %')).toEqual([0.7083, 0.75, 0.9725, 0.7083]);
    expect(visits.getRow(2).getCell(9).numFmt).toBe('0.0%');
    expect(visits.getRow(2).getCell(1).numFmt).toBe('dd.mm.yyyy');
    expect(column(visits, 'Уровень')).toEqual(['Базовый', 'Желательный', 'Оптимальный', 'Базовый']);
    expect(column(visits, 'Комиссия')[0]).toBe('Петренко И. О.; Ким А. С.');
    expect(column(visits, 'Ознакомлен от школы')[1]).toBe(SHARED_NAME);
    expect(column(visits, 'Ссылка')[0] as string).toMatch(new RegExp(`/visits/${readiness.id}$`));
    expect(visits.getRow(2).getCell(13).value).toMatchObject({
      hyperlink: expect.stringMatching(
        new RegExp(`^https?://[^/]+/visits/${readiness.id}$`),
      ) as unknown,
    });
  });

  it('writes the answers in long format with labels, numbers and scores', async () => {
    const answers = sheetOf((await workbook()).book, 'Ответы');
    const [head = [], ...body] = rowsOf(answers);
    expect(head).toEqual([
      'Посещение',
      'Дата посещения',
      'Школа',
      'Чек-лист',
      'Раздел',
      'Вопрос',
      'Ответ',
      'Оценка, %',
      'Примечание',
      'Фото',
    ]);
    const row = (visitId: string, question: string) => {
      const found = body.find((r) => r[0] === visitId && r[5] === question);
      expect(found, question).toBeDefined();
      return found ?? [];
    };
    const id = district.readiness.id;
    expect(row(id, 'Интернет в учебных кабинетах').slice(4)).toEqual([
      'Техническая база',
      'Интернет в учебных кабинетах',
      'Частично',
      0.5,
      TRICKY_NOTE,
      0,
    ]);
    expect(row(id, 'Wi-Fi покрывает учебные кабинеты').slice(6, 8)).toEqual(['Не применимо', null]);
    expect(row(id, 'Есть принтер для печати отчётов из журнала').slice(6)).toEqual([
      'Да',
      1,
      null,
      2,
    ]);
    expect(row(id, 'Измеренная скорость доступа в кабинете')[6]).toBe(12.5);
    // 15 of 20 classrooms, computed by the checklist and scored as a percentage.
    expect(row(id, 'Доля кабинетов с рабочим местом учителя').slice(6, 8)).toEqual([0.75, 0.75]);
    expect(row(district.ict.id, 'Сотрудники').slice(6, 8)).toEqual([3, 0.5]);
    const answerTexts = body.map((r) => r[6]);
    for (const code of ['yes', 'no', 'partly', 'teacher']) expect(answerTexts).not.toContain(code);
    expect(body.some((r) => r[0] === district.draft.id)).toBe(false);
  });

  it('gives each checklist table a row per table row and a column per item', async () => {
    const { book } = await workbook();
    const roster = sheetOf(book, 'Кадровый состав (ИКТ)');
    expect(column(roster, 'ФИО или личный код')).toEqual([
      SHARED_NAME,
      'Сидоров Пётр Ильич',
      `  ${SHARED_NAME.toUpperCase()} `,
    ]);
    expect(column(roster, '№')).toEqual([1, 2, 3]);
    expect(column(roster, 'Должность')).toEqual([
      'Учитель',
      'Классный руководитель',
      'Администрация',
    ]);
    expect(column(roster, 'Базовые навыки работы с компьютером и браузером')).toEqual([
      '2 — самостоятельно',
      '1 — с помощью',
      '0 — не умеет',
    ]);
    expect(column(roster, 'Обучен на семинаре')).toEqual(['Да', null, null]);
    expect(column(roster, 'Оценка строки, %')).toEqual([1, 0.5, 0]);

    const sample = sheetOf(book, 'Проверенные журналы');
    expect(column(sample, 'Учитель')).toEqual([SHARED_NAME]);
    expect(column(sample, 'Проверяемый период: с')).toEqual([new Date(Date.UTC(2026, 9, 1))]);
    expect(column(sample, 'Уроков по расписанию за период')).toEqual([10]);
    expect(column(sample, 'Заполнение: тема урока')).toEqual([0.9]);
    expect(column(sample, 'Школа')).toEqual([district.southName]);

    expect(column(sheetOf(book, 'Доп. оснащение'), 'Количество')).toEqual([3, 3]);

    const actions = sheetOf(book, 'Меры');
    expect(column(actions, 'Мера')).toEqual([
      'Провести интернет в кабинеты 1–5',
      'Провести интернет в кабинеты 1–5',
    ]);
    expect(column(actions, 'Ответственный')).toEqual([SHARED_NAME, SHARED_NAME]);
    expect(column(actions, 'Срок')[0]).toEqual(new Date(Date.UTC(2026, 11, 1)));
    expect(column(actions, 'Статус')).toEqual(['Открыта', 'Открыта']);
  });

  it('masks staff names with pseudonyms that hold throughout the file', async () => {
    const { book } = await workbook({ ...AUTUMN, mask: 'staff' });
    // Numbered in the order the file meets people; one name in one school is one person.
    // A self-audit's author and commission are the school's own staff; an inspection's are not.
    const visits = sheetOf(book, 'Посещения');
    expect(column(visits, 'Ознакомлен от школы')).toEqual([
      'Сотрудник 1',
      'Сотрудник 2',
      'Сотрудник 3',
      'Сотрудник 7',
    ]);
    const inspector = district.inspector.fullName;
    expect(column(visits, 'Автор')).toEqual([inspector, inspector, inspector, 'Сотрудник 4']);
    expect(column(visits, 'Комиссия')).toEqual([
      'Петренко И. О.; Ким А. С.',
      'Петренко И. О.; Ким А. С.',
      'Петренко И. О.; Ким А. С.',
      'Сотрудник 5; Сотрудник 6',
    ]);
    expect(column(sheetOf(book, 'Кадровый состав (ИКТ)'), 'ФИО или личный код')).toEqual([
      'Сотрудник 2',
      'Сотрудник 8',
      'Сотрудник 2',
    ]);
    expect(column(sheetOf(book, 'Проверенные журналы'), 'Учитель')).toEqual(['Сотрудник 9']);
    expect(column(sheetOf(book, 'Меры'), 'Ответственный')).toEqual(['Сотрудник 2', 'Сотрудник 9']);
    const everything = JSON.stringify(book.worksheets.map(rowsOf));
    const schoolUser = district.schoolUser.fullName;
    for (const name of ['Иванова', 'ИВАНОВА', 'Сидоров', 'Петрова', 'Кузнецова', schoolUser]) {
      expect(everything).not.toContain(name);
    }
  });

  it('holds only what the filter asks for', async () => {
    const visitIds = async (filter: Record<string, string>) =>
      column(sheetOf((await workbook({ ...AUTUMN, ...filter })).book, 'Посещения'), 'Посещение');
    expect(await visitIds({ schoolIds: district.southId })).toEqual([
      district.journal.id,
      district.selfAudit.id,
    ]);
    expect(await visitIds({ kind: 'self_audit' })).toEqual([district.selfAudit.id]);
    expect(await visitIds({ from: '2026-10-06', to: '2026-10-20' })).toEqual([
      district.ict.id,
      district.journal.id,
    ]);
    const { book } = await workbook({ ...AUTUMN, checklistId: 'ict-competence' });
    expect(column(sheetOf(book, 'Посещения'), 'Посещение')).toEqual([district.ict.id]);
    expect(rowsOf(sheetOf(book, 'Кадровый состав (ИКТ)'))).toHaveLength(4);
    expect(rowsOf(sheetOf(book, 'Проверенные журналы'))).toHaveLength(1);
  });

  it('is a valid workbook of headings when nothing matches', async () => {
    const { book } = await workbook({ from: '2020-01-01', to: '2020-12-31' });
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(SHEETS);
    for (const sheet of book.worksheets) expect(rowsOf(sheet), sheet.name).toHaveLength(1);
    expect(rowsOf(sheetOf(book, 'Кадровый состав (ИКТ)'))[0]).toContain('ФИО или личный код');
  });

  it.each(['inspector', 'school'] as const)('refuses a %s', async (role) => {
    const user = role === 'inspector' ? district.inspector : district.schoolUser;
    for (const url of [
      '/api/exports/results.xlsx',
      '/api/exports/answers.csv',
      '/api/exports/results.json',
    ]) {
      const reply = await getAs(app, user, `${url}?${exportQuery(AUTUMN)}`);
      expect(reply.statusCode, url).toBe(403);
      expect(reply.json()).toMatchObject({ code: 'forbidden' });
    }
    const logged = await db.query('SELECT 1 FROM audit_log WHERE user_id = $1', [user.id]);
    expect(logged).toHaveLength(0);
  });

  it('asks for sign-in and a sensible period', async () => {
    const anonymous = await app.inject({
      method: 'GET',
      url: `/api/exports/results.xlsx?${exportQuery(AUTUMN)}`,
    });
    expect(anonymous.statusCode).toBe(401);
    const backwards = await getAs(
      app,
      district.coordinator,
      `/api/exports/results.xlsx?${exportQuery({ from: '2026-12-31', to: '2026-09-01' })}`,
    );
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json()).toMatchObject({ code: 'validation_failed' });
  });

  it('documents the exports in the OpenAPI document with their media types', async () => {
    const document = (await app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { responses: Record<string, { content: object }> }>>;
    }>();
    const mediaTypes = (path: string) =>
      Object.keys(document.paths[path]?.get?.responses['200']?.content ?? {});
    expect(mediaTypes('/api/exports/results.xlsx')).toEqual([
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(mediaTypes('/api/exports/{dataset}.csv')).toEqual(['text/csv; charset=utf-8']);
    expect(mediaTypes('/api/exports/results.json')).toEqual(['application/json; charset=utf-8']);
    // HEAD would run a whole export (and log it) to send nothing.
    const head = await app.inject({
      method: 'HEAD',
      url: `/api/exports/results.xlsx?${exportQuery(AUTUMN)}`,
    });
    expect(head.statusCode).toBe(404);
  });

  it('writes who exported what into the audit log', async () => {
    const filter = { ...AUTUMN, schoolIds: district.northId, mask: 'staff' };
    await getAs(app, district.admin, `/api/exports/results.xlsx?${exportQuery(filter)}`);
    const entries = await db.query<{ action: string; details: Record<string, unknown> }>(
      'SELECT action, details FROM audit_log WHERE user_id = $1',
      [district.admin.id],
    );
    expect(entries).toEqual([
      {
        action: 'export.xlsx',
        details: {
          format: 'xlsx',
          filter: { ...AUTUMN, schoolIds: [district.northId] },
          masked: true,
          visits: 2,
        },
      },
    ]);
  });
});

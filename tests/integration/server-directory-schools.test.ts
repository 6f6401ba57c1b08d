import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/port.ts';
import { listSchools } from '../../src/server/queries/schools.ts';
import { auditPageSchema } from '../../src/shared/schemas/audit.ts';
import { schoolImportPreviewSchema } from '../../src/shared/schemas/directory.ts';
import { problemSchema } from '../../src/shared/schemas/problem.ts';
import { schoolSchema, type SchoolInput } from '../../src/shared/schemas/school.ts';
import type { Role } from '../../src/shared/schemas/user.ts';
import { startTestApp } from '../fixtures/test-app.ts';
import { testDatabases } from '../fixtures/test-databases.ts';
import { addUser, TEST_PASSWORD } from '../fixtures/users.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const KRYM: SchoolInput = {
  name: 'МБОУ «Крымская школа» Сакского района',
  shortName: 'Крымская школа',
  municipality: 'Сакский район',
  address: 'с. Крымское, ул. Школьная, 1',
  director: 'Бондаренко И. П.',
  phone: '+7 (36563) 2-11-22',
  email: 'krym@example.org',
};

const UYUT: SchoolInput = {
  name: 'МБОУ «Уютненская школа» Сакского района',
  shortName: 'Уютненская школа',
  municipality: 'Сакский район',
  address: 'с. Уютное',
  director: 'Савченко Н. И.',
  phone: '',
  email: '',
};

/**
 * Line 2 updates Крымская (another director, name in capitals), line 3 is
 * Уютненская as it is, line 4 is blank, line 5 is new, line 6 has a wrong
 * e-mail, line 7 repeats line 5.
 */
const MIXED_CSV =
  '\uFEFFПолное наименование;Краткое наименование;Муниципальное образование;Адрес;Директор;Телефон;Электронная почта\r\n' +
  'МБОУ «КРЫМСКАЯ ШКОЛА» САКСКОГО РАЙОНА;Крымская школа;Сакский район;"с. Крымское, ул. Школьная, 1";Петренко А. А.;+7 (36563) 2-11-22;krym@example.org\r\n' +
  'МБОУ «Уютненская школа» Сакского района;Уютненская школа;Сакский район;с. Уютное;Савченко Н. И.;;\r\n' +
  ';;;;;;\r\n' +
  'МБОУ «Ореховская школа»;Ореховская школа;Сакский район;с. Орехово;Лысенко О. В.;;\r\n' +
  'МБОУ «Столбовская школа»;Столбовская школа;;;;;не-почта\r\n' +
  'мбоу «ореховская школа»;Ореховская-2;;;;;\r\n';

async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Школы');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(testDatabases)('editing the school directory on $name', ({ open }) => {
  let db: Db;
  let app: FastifyInstance;
  const tokens = new Map<Role, string>();
  let krymId = '';
  /** The school the `school` user is bound to: not part of what the tests import. */
  let ownSchoolId: string | null = null;

  beforeAll(async () => {
    db = await open();
    ({ app } = await startTestApp(db, { env: { LOGIN_RATE_LIMIT: '1000' } }));
    for (const role of ['inspector', 'school', 'coordinator', 'admin'] as const) {
      const user = await addUser(db, role);
      ownSchoolId ??= user.schoolId;
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: user.login, password: TEST_PASSWORD },
      });
      tokens.set(role, response.json<{ token: string }>().token);
    }
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const as = (role: Role) => ({ authorization: `Bearer ${tokens.get(role) ?? ''}` });
  const directory = async () =>
    (await listSchools(db)).filter((school) => school.id !== ownSchoolId);
  const names = async () => (await directory()).map((school) => school.shortName).sort();

  function sendFile(url: string, role: Role, body: Buffer | string, type = 'text/csv') {
    return app.inject({
      method: 'POST',
      url,
      headers: { ...as(role), 'content-type': type },
      payload: body,
    });
  }

  it('adds a school, trimmed, and lists it', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/schools',
      headers: as('coordinator'),
      payload: { ...KRYM, name: `  ${KRYM.name} ` },
    });
    expect(response.statusCode).toBe(201);
    const school = schoolSchema.parse(response.json());
    expect(school).toMatchObject(KRYM);
    krymId = school.id;
    const created = await app.inject({
      method: 'POST',
      url: '/api/schools',
      headers: as('admin'),
      payload: {
        name: UYUT.name,
        shortName: UYUT.shortName,
        municipality: UYUT.municipality,
        address: UYUT.address,
        director: UYUT.director,
      },
    });
    expect(created.statusCode).toBe(201);
    expect(await names()).toEqual(['Крымская школа', 'Уютненская школа']);
  });

  it('refuses a second school of the same full name, case aside', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/schools',
      headers: as('coordinator'),
      payload: { ...KRYM, name: KRYM.name.toUpperCase(), shortName: 'Другая' },
    });
    expect(response.statusCode).toBe(409);
    expect(problemSchema.parse(response.json())).toMatchObject({
      code: 'conflict',
      message:
        'Школа с полным наименованием «МБОУ «КРЫМСКАЯ ШКОЛА» САКСКОГО РАЙОНА» уже есть в справочнике.',
    });
    expect(await names()).toEqual(['Крымская школа', 'Уютненская школа']);
  });

  it('says in Russian what is wrong with a form and saves nothing', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/schools',
      headers: as('coordinator'),
      payload: { name: ' ', shortName: 'Пустая', email: 'не-почта', phone: 'звоните' },
    });
    expect(response.statusCode).toBe(400);
    expect(problemSchema.parse(response.json()).details?.issues).toEqual([
      { path: 'body.name', message: 'Укажите полное наименование' },
      { path: 'body.phone', message: 'Телефон — цифры, пробелы, скобки, «+» и «-»' },
      { path: 'body.email', message: 'Некорректный адрес электронной почты' },
    ]);
    expect(await names()).toEqual(['Крымская школа', 'Уютненская школа']);
  });

  it('changes a school, but not into another one’s name, and not one that does not exist', async () => {
    const changed = await app.inject({
      method: 'PUT',
      url: `/api/schools/${krymId}`,
      headers: as('coordinator'),
      payload: { ...KRYM, director: 'Петренко А. А.' },
    });
    expect(changed.statusCode).toBe(200);
    expect(schoolSchema.parse(changed.json())).toMatchObject({
      id: krymId,
      director: 'Петренко А. А.',
    });

    const clash = await app.inject({
      method: 'PUT',
      url: `/api/schools/${krymId}`,
      headers: as('coordinator'),
      payload: { ...KRYM, name: UYUT.name.toLowerCase() },
    });
    expect(clash.statusCode).toBe(409);
    const missing = await app.inject({
      method: 'PUT',
      url: '/api/schools/0193a0c4-0000-7000-8000-000000000000',
      headers: as('admin'),
      payload: KRYM,
    });
    expect(missing.statusCode).toBe(404);
    expect(problemSchema.parse(missing.json()).message).toBe('Школа не найдена.');
    // Back as it was, for the import below.
    await app.inject({
      method: 'PUT',
      url: `/api/schools/${krymId}`,
      headers: as('admin'),
      payload: KRYM,
    });
  });

  it('previews a mixed CSV line by line and changes nothing', async () => {
    const before = await listSchools(db);
    const response = await sendFile('/api/schools/import/preview', 'coordinator', MIXED_CSV);
    expect(response.statusCode).toBe(200);
    const preview = schoolImportPreviewSchema.parse(response.json());
    expect(preview.rows.map((row) => [row.row, row.action, row.existingSchoolId])).toEqual([
      [2, 'update', krymId],
      [3, 'unchanged', expect.any(String)],
      [5, 'create', null],
      [6, 'invalid', null],
      [7, 'invalid', null],
    ]);
    expect(preview.rows[0]?.school).toMatchObject({ director: 'Петренко А. А.' });
    expect(preview.rows[3]).toMatchObject({
      school: null,
      errors: [
        { path: 'строка 6, «электронная почта»', message: 'Некорректный адрес электронной почты' },
      ],
    });
    expect(preview.rows[4]?.errors).toEqual([
      { path: 'строка 7', message: 'Школа уже указана в строке 5' },
    ]);
    expect(preview.counts).toEqual({ create: 1, update: 1, unchanged: 1, invalid: 2 });
    expect(preview).toMatchObject({ fileErrors: [], canImport: false });
    expect(await listSchools(db)).toEqual(before);
  });

  it('refuses to import the mixed CSV at all, naming every wrong line', async () => {
    const before = await listSchools(db);
    const response = await sendFile('/api/schools/import', 'coordinator', MIXED_CSV);
    expect(response.statusCode).toBe(400);
    const problem = problemSchema.parse(response.json());
    expect(problem).toMatchObject({
      code: 'validation_failed',
      message: 'Импорт отменён, ничего не записано: исправьте ошибки в файле (2).',
      details: {
        issues: [
          {
            path: 'строка 6, «электронная почта»',
            message: 'Некорректный адрес электронной почты',
          },
          { path: 'строка 7', message: 'Школа уже указана в строке 5' },
        ],
      },
    });
    expect(await listSchools(db)).toEqual(before);
  });

  it('previews and imports an XLSX file: all its lines in one go', async () => {
    const file = await xlsx([
      ['Полное наименование', 'Краткое наименование', 'Директор', 'Телефон'],
      [KRYM.name, KRYM.shortName, 'Петренко А. А.', 365632233],
      ['МБОУ «Ореховская школа»', 'Ореховская школа', 'Лысенко О. В.', ''],
    ]);
    const preview = schoolImportPreviewSchema.parse(
      (await sendFile('/api/schools/import/preview', 'admin', file, XLSX_TYPE)).json(),
    );
    expect(preview.rows.map((row) => row.action)).toEqual(['update', 'create']);
    expect(preview.canImport).toBe(true);

    const response = await sendFile('/api/schools/import', 'admin', file, XLSX_TYPE);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ created: 1, updated: 1 });
    const schools = await directory();
    expect(schools.map((s) => s.shortName).sort()).toEqual([
      'Крымская школа',
      'Ореховская школа',
      'Уютненская школа',
    ]);
    expect(schools.find((s) => s.id === krymId)).toMatchObject({
      director: 'Петренко А. А.',
      phone: '365632233',
      email: '',
    });
  });

  it('reads a CSV a Windows browser labels as an Excel file', async () => {
    const csv =
      'Полное наименование,Краткое наименование\nМБОУ «Столбовская школа»,Столбовская школа\n';
    const response = await sendFile(
      '/api/schools/import',
      'coordinator',
      csv,
      'application/vnd.ms-excel',
    );
    expect(response.json()).toEqual({ created: 1, updated: 0 });
  });

  it.each([
    ['a file without the required columns', 'Название школы;Адрес\nА;Б\n', 'text/csv', 200],
    ['a broken XLSX file', Buffer.from('PK\u0003\u0004 not really a workbook'), XLSX_TYPE, 400],
  ])('answers %s without writing anything', async (_what, body, type, status) => {
    const before = await listSchools(db);
    const response = await sendFile('/api/schools/import/preview', 'coordinator', body, type);
    expect(response.statusCode).toBe(status);
    if (status === 200) {
      expect(schoolImportPreviewSchema.parse(response.json())).toMatchObject({
        rows: [],
        canImport: false,
        fileErrors: [
          { path: 'заголовок', message: 'Нет обязательного столбца «полное наименование»' },
          { path: 'заголовок', message: 'Нет обязательного столбца «краткое наименование»' },
        ],
      });
    } else {
      expect(problemSchema.parse(response.json())).toMatchObject({
        code: 'bad_request',
        message: 'Файл XLSX повреждён или имеет неверный формат.',
      });
    }
    expect(await listSchools(db)).toEqual(before);
  });

  it.each(['inspector', 'school'] as const)(
    'forbids a %s to change the directory',
    async (role) => {
      const requests = [
        app.inject({ method: 'POST', url: '/api/schools', headers: as(role), payload: UYUT }),
        app.inject({
          method: 'PUT',
          url: `/api/schools/${krymId}`,
          headers: as(role),
          payload: KRYM,
        }),
        sendFile('/api/schools/import/preview', role, MIXED_CSV),
        sendFile('/api/schools/import', role, MIXED_CSV),
      ];
      for (const response of await Promise.all(requests)) {
        expect(response.statusCode).toBe(403);
        expect(problemSchema.parse(response.json()).code).toBe('forbidden');
      }
    },
  );

  it('keeps every change of the directory in the audit log', async () => {
    const response = await app.inject({ url: '/api/audit', headers: as('coordinator') });
    const { entries } = auditPageSchema.parse(response.json());
    expect(entries.map((entry) => entry.action)).toEqual([
      'school.import',
      'school.import',
      'school.update',
      'school.update',
      'school.create',
      'school.create',
    ]);
    expect(entries[1]?.details).toEqual({ source: 'http', created: 1, updated: 1 });
  });
});

import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/port.ts';
import { listSchools } from '../../src/server/queries/schools.ts';
import { readTableFile } from '../../src/server/services/read-table-file.ts';
import { importSchools } from '../../src/server/services/school-import.ts';
import { testDatabases } from '../fixtures/test-databases.ts';

async function tempFile(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'inspektor-import-')), name);
  await writeFile(file, content);
  return file;
}

async function xlsxFile(rows: (string | number)[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Школы');
  for (const row of rows) sheet.addRow(row);
  return tempFile('schools.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
}

const CSV_OK =
  '\uFEFFПолное наименование;Краткое наименование;Муниципалитет;Адрес;Директор;Телефон;Email\r\n' +
  'МБОУ «Крымская школа» Сакского района;Крымская школа;Сакский район;"с. Крымское; ул. Школьная, 1";Бондаренко И. П.;+7 (36563) 2-11-22;krym@example.org\r\n' +
  'МБОУ «Уютненская школа» Сакского района;Уютненская школа;Сакский район;с. Уютное;Савченко Н. И.;;\r\n';

describe.each(testDatabases)('importing schools on $name', ({ open }) => {
  let db: Db;
  beforeEach(async () => {
    db = await open();
  });
  afterEach(async () => {
    await db.close();
  });

  it('reads a semicolon CSV with a BOM and quoted fields, and a second import only updates', async () => {
    const table = await readTableFile(await tempFile('schools.csv', CSV_OK));
    expect(await importSchools(db, table)).toEqual({ ok: true, created: 2, updated: 0 });
    const schools = await listSchools(db);
    expect(schools.map((s) => s.shortName)).toEqual(['Крымская школа', 'Уютненская школа']);
    expect(schools[0]).toMatchObject({
      address: 'с. Крымское; ул. Школьная, 1',
      email: 'krym@example.org',
    });

    expect(await importSchools(db, table)).toEqual({ ok: true, created: 0, updated: 2 });
    expect(await listSchools(db)).toHaveLength(2);
  });

  it('reads an XLSX file with numbers in cells', async () => {
    const file = await xlsxFile([
      ['Наименование', 'Краткое наименование', 'Телефон'],
      ['МБОУ «Ореховская школа»', 'Ореховская школа', 365632233],
    ]);
    expect(await importSchools(db, await readTableFile(file))).toMatchObject({
      ok: true,
      created: 1,
    });
    expect((await listSchools(db))[0]).toMatchObject({
      name: 'МБОУ «Ореховская школа»',
      phone: '365632233',
    });
  });

  it('writes nothing when any row is wrong, and says which rows and columns', async () => {
    const file = await xlsxFile([
      ['Полное наименование', 'Краткое наименование', 'Электронная почта'],
      ['МБОУ «Первая»', 'Первая', 'first@example.org'],
      ['', 'Без полного наименования', ''],
      ['МБОУ «Третья»', 'Третья', 'не-почта'],
    ]);
    const outcome = await importSchools(db, await readTableFile(file));
    expect(outcome).toEqual({
      ok: false,
      errors: [
        { path: 'строка 3, «полное наименование»', message: 'Укажите полное наименование' },
        { path: 'строка 4, «электронная почта»', message: 'Некорректный адрес электронной почты' },
      ],
    });
    expect(await listSchools(db)).toEqual([]);
  });

  it('numbers rows as the file does, blank lines included', async () => {
    const csv = 'Полное наименование;Краткое наименование\n\nМБОУ «А»;А\n\n;Без полного\n';
    const outcome = await importSchools(db, await readTableFile(await tempFile('gaps.csv', csv)));
    expect(outcome).toEqual({
      ok: false,
      errors: [{ path: 'строка 5, «полное наименование»', message: 'Укажите полное наименование' }],
    });
  });

  it('explains a damaged CSV and a missing file instead of failing', async () => {
    const broken = await tempFile('broken.csv', 'Полное наименование;Краткое\n"МБОУ «А»;А\n');
    await expect(readTableFile(broken)).rejects.toThrow(/Файл CSV повреждён/);
    await expect(readTableFile('/nonexistent/schools.csv')).rejects.toThrow(/Файл не найден/);
  });

  it('refuses files that are not CSV or XLSX, and damaged XLSX, with a clear message', async () => {
    await expect(readTableFile(await tempFile('schools.pdf', '%PDF'))).rejects.toThrow(
      'Поддерживаются файлы CSV и XLSX.',
    );
    await expect(readTableFile(await tempFile('schools.xlsx', 'not a zip'))).rejects.toThrow(
      /XLSX повреждён/,
    );
  });
});

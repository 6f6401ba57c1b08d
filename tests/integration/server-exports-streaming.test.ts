import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../src/server/services/exports/cell-values.ts';
import { writeCsv } from '../../src/server/services/exports/csv-writer.ts';
import type { ExportTable } from '../../src/server/services/exports/export-context.ts';
import { ExportAborted } from '../../src/server/services/exports/stream-drain.ts';
import { TableSpool } from '../../src/server/services/exports/table-spool.ts';
import { sheetName, XlsxWorkbook } from '../../src/server/services/exports/xlsx-writer.ts';

/** A table of `pages` pages of `size` rows, counting the pages asked for so far. */
function countedTable(pages: number, size: number, cell: (row: number) => CellValue) {
  const asked = { pages: 0 };
  const table: ExportTable = {
    sheet: 'Ответы',
    columns: [
      { header: 'Номер', width: 8 },
      { header: 'Текст', width: 40 },
    ],
    async *pages() {
      for (let page = 0; page < pages; page += 1) {
        asked.pages += 1;
        await Promise.resolve();
        yield Array.from({ length: size }, (_, i) => [page * size + i + 1, cell(page * size + i)]);
      }
    },
  };
  return { table, asked };
}

/** Everything a stream gives, once it ends. */
async function collected(stream: PassThrough): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Incompressible text, so that the zip cannot absorb a page into a few bytes. */
const noise = () => randomBytes(48).toString('base64');

describe('streaming exports', () => {
  it('goes on in «Name (2)», «Name (3)» when a sheet is full, each with its heading', async () => {
    const output = new PassThrough();
    const bytes = collected(output);
    const book = new XlsxWorkbook(output, 3);
    const { table } = countedTable(2, 3, (row) => `Строка ${String(row + 1)}`);
    await book.addTable(table);
    await book.finish();

    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await bytes) as unknown as ArrayBuffer);
    expect(read.worksheets.map((sheet) => sheet.name)).toEqual([
      'Ответы',
      'Ответы (2)',
      'Ответы (3)',
    ]);
    const contents = read.worksheets.map((sheet) =>
      sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : [])),
    );
    expect(contents).toEqual([
      [
        ['Номер', 'Текст'],
        [1, 'Строка 1'],
        [2, 'Строка 2'],
      ],
      [
        ['Номер', 'Текст'],
        [3, 'Строка 3'],
        [4, 'Строка 4'],
      ],
      [
        ['Номер', 'Текст'],
        [5, 'Строка 5'],
        [6, 'Строка 6'],
      ],
    ]);
  });

  it.each([
    ['Ответы', 1, 'Ответы'],
    ['Ответы', 12, 'Ответы (12)'],
    ['Кадровый состав педагогических работников', 1, 'Кадровый состав педагогических '],
    ['Кадровый состав педагогических работников', 2, 'Кадровый состав педагогичес (2)'],
  ])('names part %s %i «%s» within 31 characters', (name, part, expected) => {
    expect(sheetName(name, part)).toBe(expected);
    expect(sheetName(name, part).length).toBeLessThanOrEqual(31);
  });

  it('holds the workbook back while nobody reads it, and finishes once someone does', async () => {
    const output = new PassThrough();
    const { table, asked } = countedTable(40, 2000, noise);
    const book = new XlsxWorkbook(output);
    const done = book.addTable(table).then(() => book.finish());
    await sleep(400);
    // A page is about 200 KB of XML; the workbook may hold a megabyte: a few pages, not forty.
    expect(asked.pages).toBeLessThanOrEqual(8);
    const bytes = collected(output);
    await done;
    expect(asked.pages).toBe(40);
    expect((await bytes).length).toBeGreaterThan(40 * 2000 * 48);
  });

  it('holds CSV back while nobody reads it', async () => {
    const output = new PassThrough();
    const { table, asked } = countedTable(40, 2000, noise);
    const done = writeCsv(output, table, 'semicolon').then(() => output.end());
    await sleep(200);
    expect(asked.pages).toBeLessThanOrEqual(2);
    const bytes = collected(output);
    await done;
    expect(asked.pages).toBe(40);
    expect((await bytes).length).toBeGreaterThan(40 * 2000 * 64);
  });

  it('keeps table rows in a temporary file and gives them back in order, pages of 2000', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'spool-test-'));
    try {
      const spool = new TableSpool(path.join(dir, 'roster.jsonl'));
      const row = (i: number): CellValue[] => [
        i,
        `строка ${String(i)}\n«вторая»\u2028"третья"`,
        { day: '2026-10-05' },
        { percent: 87.5 },
        null,
      ];
      for (let start = 0; start < 4500; start += 900) {
        await spool.append(Array.from({ length: 900 }, (_, i) => row(start + i)));
      }
      await spool.close();
      const pages: CellValue[][][] = [];
      for await (const page of spool.pages()) pages.push(page);
      expect(pages.map((page) => page.length)).toEqual([2000, 2000, 500]);
      expect(pages.flat()).toEqual(Array.from({ length: 4500 }, (_, i) => row(i)));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('stops reading visits when the download is closed', async () => {
    const output = new PassThrough();
    const { table, asked } = countedTable(40, 2000, noise);
    const book = new XlsxWorkbook(output);
    const done = book.addTable(table);
    await sleep(200);
    output.destroy();
    await expect(done).rejects.toBeInstanceOf(ExportAborted);
    expect(asked.pages).toBeLessThanOrEqual(8);
  });
});

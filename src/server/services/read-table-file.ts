import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ProblemError } from '../problem-error.ts';

function detectDelimiter(firstLine: string): ';' | ',' | '\t' {
  const counts = ([';', ',', '\t'] as const).map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function readCsv(buffer: Buffer): string[][] {
  const text = buffer.toString('utf8').replace(/^\uFEFF/, '');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  try {
    // Blank lines are kept (and skipped later) so that row numbers match the file's lines.
    const rows: string[][] = parse(text, {
      delimiter: detectDelimiter(firstLine),
      relax_column_count: true,
    });
    return rows;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ProblemError(
      'bad_request',
      { line },
      `Файл CSV повреждён${line === undefined ? '' : ` (строка ${line})`}: проверьте кавычки и разделители.`,
    );
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return value.text;
    if ('result' in value) return cellText(value.result);
    return '';
  }
  return String(value);
}

async function readXlsx(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    table.push(values.map((value) => cellText(value)));
  });
  return table;
}

/** An XLSX file is a ZIP archive: it starts with «PK», 3, 4. */
function isZip(bytes: Buffer): boolean {
  return bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
}

/**
 * An uploaded CSV or XLSX file as rows of cell texts. Told apart by content,
 * not by media type: browsers on Windows send a .csv as «application/vnd.ms-excel».
 */
export async function readTableBytes(bytes: Buffer): Promise<string[][]> {
  if (!isZip(bytes)) return readCsv(bytes);
  try {
    return await readXlsx(bytes);
  } catch {
    throw new ProblemError('bad_request', {}, 'Файл XLSX повреждён или имеет неверный формат.');
  }
}

/** A CSV (UTF-8, `;`, `,` or tab) or XLSX file as rows of cell texts. */
export async function readTableFile(file: string): Promise<string[][]> {
  const extension = path.extname(file).toLowerCase();
  const buffer = await readFile(file).catch((error: unknown) => {
    throw new ProblemError(
      'not_found',
      { file, reason: (error as NodeJS.ErrnoException).code },
      `Файл не найден или недоступен: ${file}`,
    );
  });
  if (extension === '.csv' || extension === '.txt') return readCsv(buffer);
  if (extension === '.xlsx') {
    try {
      return await readXlsx(buffer);
    } catch {
      throw new ProblemError(
        'bad_request',
        { file },
        'Файл XLSX повреждён или имеет неверный формат.',
      );
    }
  }
  throw new ProblemError('unsupported_media_type', { file }, 'Поддерживаются файлы CSV и XLSX.');
}

import { isDay, isPercent, type CellValue } from './cell-values.ts';

/** Style ids (`s="…"`) of the workbook's date, percent and link cells. */
export interface CellStyleIds {
  date: number;
  percent: number;
  link: number;
}

/** A hyperlink the sheet must list: the cell's address and where it points. */
export type AddLink = (address: string, url: string) => void;

/** Excel's column letters: A … Z, AA … */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text as XML content; characters XML cannot hold (control codes) are dropped. */
export function xmlText(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- exactly the characters XML 1.0 forbids
    /[&<>"']|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g,
    (char) => ESCAPES[char] ?? '',
  );
}

const DAY_MS = 86_400_000;
/** Excel's day 0 in its 1900 date system (1899-12-30, leap-year bug included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A calendar day as Excel's serial day number. */
export function excelSerial(day: string): number {
  const [year = 1900, month = 1, date = 1] = day.split('-').map(Number);
  return (Date.UTC(year, month - 1, date) - EXCEL_EPOCH) / DAY_MS;
}

function cellXml(address: string, value: CellValue, styles: CellStyleIds, addLink: AddLink) {
  if (value === null) return '';
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `<c r="${address}"><v>${String(value)}</v></c>` : '';
  }
  if (typeof value === 'string') {
    return value === '' ? '' : `<c r="${address}" t="str"><v>${xmlText(value)}</v></c>`;
  }
  if (isDay(value)) {
    return `<c r="${address}" s="${String(styles.date)}"><v>${String(excelSerial(value.day))}</v></c>`;
  }
  if (isPercent(value)) {
    // A share of 1 (Excel's % format multiplies by 100), free of binary noise: 0.7083.
    const share = Math.round(value.percent * 100) / 10_000;
    return `<c r="${address}" s="${String(styles.percent)}"><v>${String(share)}</v></c>`;
  }
  addLink(address, value.link);
  return `<c r="${address}" s="${String(styles.link)}" t="str"><v>${xmlText(value.link)}</v></c>`;
}

/**
 * One row of a sheet as SpreadsheetML, written the way exceljs writes it
 * (strings inline, no shared strings), but without building exceljs's cell
 * objects: that took two microseconds a cell, most of a district's export.
 */
export function rowXml(
  rowNumber: number,
  cells: readonly CellValue[],
  letters: readonly string[],
  styles: CellStyleIds,
  addLink: AddLink,
): string {
  let xml = `<row r="${String(rowNumber)}">`;
  cells.forEach((value, index) => {
    const address = `${letters[index] ?? columnLetters(index)}${String(rowNumber)}`;
    xml += cellXml(address, value, styles, addLink);
  });
  return `${xml}</row>`;
}

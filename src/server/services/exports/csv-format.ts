import type { CsvDelimiter } from '../../../shared/schemas/export.ts';
import { isDay, isPercent, type CellValue } from './cell-values.ts';

/** How one CSV variant writes separators, numbers and dates. */
export interface CsvStyle {
  separator: ';' | ',';
  number: (value: number) => string;
  day: (iso: string) => string;
}

/**
 * `semicolon`: what Excel with Russian regional settings reads as numbers and
 * dates — decimal comma, дд.мм.гггг; `comma`: decimal point, ISO dates.
 */
export function csvStyle(delimiter: CsvDelimiter): CsvStyle {
  if (delimiter === 'comma') {
    return { separator: ',', number: String, day: (iso) => iso };
  }
  return {
    separator: ';',
    number: (value) => String(value).replace('.', ','),
    day: (iso) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`,
  };
}

/**
 * Text a spreadsheet would run as a formula (=, +, @, a tab, or «-» before a
 * letter or sign) gets an apostrophe in front, so that a note cannot become
 * a formula on the coordinator's computer.
 */
const FORMULA_START = /^(?:[=+@\t\r]|-[^\s\d])/;

/** One field, quoted as RFC 4180 says when it holds the separator, a quote or a line break. */
export function csvField(value: CellValue, style: CsvStyle): string {
  if (value === null) return '';
  if (typeof value === 'number') return style.number(value);
  if (isDay(value)) return style.day(value.day);
  if (isPercent(value)) return style.number(value.percent);
  const raw = typeof value === 'string' ? value : value.link;
  const text = FORMULA_START.test(raw) ? `'${raw}` : raw;
  const quoted =
    text.includes(style.separator) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r');
  return quoted ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record: fields and CRLF. */
export function csvLine(cells: readonly CellValue[], style: CsvStyle): string {
  return `${cells.map((cell) => csvField(cell, style)).join(style.separator)}\r\n`;
}

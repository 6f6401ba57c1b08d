import ExcelJS from 'exceljs';
import type { CellStyleIds } from './xlsx-row-xml.ts';

/**
 * The few parts of exceljs's streaming writer (4.x) that writing rows as XML
 * needs beyond its typed API. Each degrades to something safe if exceljs
 * changes: no style, a link as plain text.
 */

interface SheetInternals {
  stream?: { write(chunk: string): unknown };
  _sheetRelsWriter?: { addHyperlink(link: { address: string; target: string }): void };
}

interface BookInternals {
  styles?: { addStyleModel?(style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType): number };
}

/** Appends SpreadsheetML to a sheet whose heading row has been committed. */
export function writeSheetXml(sheet: ExcelJS.Worksheet, xml: string): void {
  const { stream } = sheet as unknown as SheetInternals;
  if (!stream) throw new Error('exceljs: the sheet has no stream to write rows into');
  stream.write(xml);
}

/** Lists a hyperlink of the sheet (written with the sheet's relationships). */
export function addSheetLink(sheet: ExcelJS.Worksheet, address: string, url: string): void {
  (sheet as unknown as SheetInternals)._sheetRelsWriter?.addHyperlink({ address, target: url });
}

const DATE: Partial<ExcelJS.Style> = { numFmt: 'dd.mm.yyyy' };
const PERCENT: Partial<ExcelJS.Style> = { numFmt: '0.0%' };
const LINK: Partial<ExcelJS.Style> = { font: { color: { argb: 'FF0563C1' }, underline: true } };

/** Registers the workbook's cell styles and gives their ids. */
export function cellStyleIds(book: ExcelJS.stream.xlsx.WorkbookWriter): CellStyleIds {
  const { styles } = book as unknown as BookInternals;
  const id = (style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType) =>
    styles?.addStyleModel?.(style, type) ?? 0;
  return {
    date: id(DATE, ExcelJS.ValueType.Date),
    percent: id(PERCENT, ExcelJS.ValueType.Number),
    link: id(LINK, ExcelJS.ValueType.Hyperlink),
  };
}

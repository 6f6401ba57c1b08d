import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { CellValue, ExportColumn } from './cell-values.ts';
import type { ExportTable } from './export-context.ts';
import { sheetDrained } from './xlsx-backpressure.ts';
import { addSheetLink, cellStyleIds, writeSheetXml } from './xlsx-internals.ts';
import { columnLetters, rowXml, type CellStyleIds } from './xlsx-row-xml.ts';

/** Excel's limit of rows on a sheet, the heading included. */
export const EXCEL_MAX_ROWS = 1_048_576;
const MAX_SHEET_NAME = 31;

/** The heading row: bold, top-aligned, wrapped. */
const HEADER: Partial<ExcelJS.Style> = {
  font: { bold: true },
  alignment: { vertical: 'top', wrapText: true },
};

/** «Ответы», then «Ответы (2)», «Ответы (3)» … within Excel's 31 characters. */
export function sheetName(name: string, part: number): string {
  if (part === 1) return name.slice(0, MAX_SHEET_NAME);
  const suffix = ` (${String(part)})`;
  return name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

/** A sheet being written: rows go in as XML after the heading exceljs wrote. */
interface OpenSheet {
  sheet: ExcelJS.Worksheet;
  /** Rows written so far, the heading included. */
  rows: number;
}

/**
 * A workbook written straight into `output` with exceljs's streaming writer,
 * one sheet after another: bold frozen heading row, column widths, dates as
 * dates, percentages with a % format, no shared strings. A table longer than
 * `maxRows` goes on in «Name (2)» and so on.
 */
export class XlsxWorkbook {
  private readonly book: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly styles: CellStyleIds;

  constructor(
    private readonly output: Writable,
    private readonly maxRows = EXCEL_MAX_ROWS,
  ) {
    this.book = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: output,
      useStyles: true,
      useSharedStrings: false,
    });
    this.book.creator = 'Инспектор ЭЖ';
    this.book.lastModifiedBy = 'Инспектор ЭЖ';
    this.styles = cellStyleIds(this.book);
  }

  private openSheet(name: string, part: number, columns: readonly ExportColumn[]): OpenSheet {
    const sheet = this.book.addWorksheet(sheetName(name, part), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = columns.map((column) => ({ width: column.width }));
    const header = sheet.addRow(columns.map((column) => column.header));
    header.eachCell((cell) => {
      cell.style = HEADER;
    });
    header.commit();
    return { sheet, rows: 1 };
  }

  /** The XML of a page's rows that fit on the sheet; the count that did. */
  private pageXml(open: OpenSheet, page: readonly CellValue[][], from: number, letters: string[]) {
    const room = Math.min(page.length - from, this.maxRows - open.rows);
    const addLink = (address: string, url: string) => {
      addSheetLink(open.sheet, address, url);
    };
    const parts: string[] = [];
    for (let i = 0; i < room; i += 1) {
      parts.push(rowXml(open.rows + i + 1, page[from + i] ?? [], letters, this.styles, addLink));
    }
    open.rows += room;
    return { xml: parts.join(''), written: room };
  }

  /** Writes a table page by page, waiting for the reader after each page. */
  async addTable(table: ExportTable): Promise<void> {
    const letters = table.columns.map((_, index) => columnLetters(index));
    let part = 1;
    let open = this.openSheet(table.sheet, part, table.columns);
    for await (const page of table.pages()) {
      for (let from = 0; from < page.length;) {
        if (open.rows >= this.maxRows) {
          open.sheet.commit();
          part += 1;
          open = this.openSheet(table.sheet, part, table.columns);
        }
        const { xml, written } = this.pageXml(open, page, from, letters);
        writeSheetXml(open.sheet, xml);
        from += written;
      }
      await sheetDrained(this.book, open.sheet, this.output);
    }
    open.sheet.commit();
  }

  /** Writes the workbook's closing parts; resolves when the output has them all. */
  async finish(): Promise<void> {
    await this.book.commit();
  }
}

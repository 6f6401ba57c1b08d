import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { CellValue } from './cell-values.ts';

/** Rows per page read back from a spool. */
const SPOOL_PAGE = 2000;

/**
 * Rows of a table kept in a temporary file (one JSON array per line) while
 * another sheet is being written, then read back a page at a time: the
 * workbook's checklist tables are filled during the answers' pass, so that
 * the district's answers are read and parsed once, not once per sheet.
 */
export class TableSpool {
  private readonly file: WriteStream;

  constructor(readonly path: string) {
    this.file = createWriteStream(path, { encoding: 'utf8' });
  }

  /** Appends rows; resolves when the file can take more. */
  async append(rows: readonly CellValue[][]): Promise<void> {
    if (rows.length === 0) return;
    const text = rows.map((row) => JSON.stringify(row)).join('\n');
    if (!this.file.write(`${text}\n`)) await once(this.file, 'drain');
  }

  /** Finishes writing; the rows can then be read back. */
  async close(): Promise<void> {
    this.file.end();
    if (!this.file.writableFinished) await once(this.file, 'finish');
  }

  /** Stops writing (an export that broke off); the file is removed with its folder. */
  discard(): void {
    this.file.destroy();
  }

  /** The rows in the order they were appended, a page at a time. */
  async *pages(): AsyncGenerator<CellValue[][]> {
    const input = createReadStream(this.path, { encoding: 'utf8' });
    try {
      let page: CellValue[][] = [];
      for await (const line of createInterface({ input, crlfDelay: Infinity })) {
        if (line === '') continue;
        page.push(JSON.parse(line) as CellValue[]);
        if (page.length >= SPOOL_PAGE) {
          yield page;
          page = [];
        }
      }
      if (page.length > 0) yield page;
    } finally {
      input.destroy();
    }
  }
}

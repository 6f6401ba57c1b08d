import type { Writable } from 'node:stream';
import type { CsvDelimiter } from '../../../shared/schemas/export.ts';
import { csvLine, csvStyle } from './csv-format.ts';
import type { ExportTable } from './export-context.ts';
import { writeChunk } from './stream-drain.ts';

/** Excel recognises UTF-8 (and so the Cyrillic) by this mark at the start. */
const BOM = '\uFEFF';

/** Writes a table as CSV (UTF-8 with BOM, CRLF, heading line first), a page at a time. */
export async function writeCsv(
  output: Writable,
  table: ExportTable,
  delimiter: CsvDelimiter,
): Promise<void> {
  const style = csvStyle(delimiter);
  const header = table.columns.map((column) => column.header);
  await writeChunk(output, BOM + csvLine(header, style));
  for await (const page of table.pages()) {
    if (page.length > 0) {
      await writeChunk(output, page.map((cells) => csvLine(cells, style)).join(''));
    }
  }
}

import type { CsvDelimiter, ExportDataset } from '../../shared/schemas/export.ts';
import type { ResultsFilter } from '../../shared/schemas/results-filter.ts';
import { downloadFile } from './download-file.ts';
import { resultsFilterQuery } from './dashboard-api.ts';

/** A large district's workbook takes a while to write: wait this long before giving up. */
const EXPORT_TIMEOUT_MS = 5 * 60_000;

/** What to export: the whole workbook, one CSV table, or JSON. */
export type ExportChoice =
  | { format: 'xlsx' }
  | { format: 'csv'; dataset: ExportDataset; delimiter: CsvDelimiter }
  | { format: 'json' };

/** The export's address: the filter, masking and (for CSV) the delimiter in the query. */
export function exportPath(choice: ExportChoice, filter: ResultsFilter, maskStaff: boolean) {
  const query = resultsFilterQuery(filter);
  if (maskStaff) query.set('mask', 'staff');
  if (choice.format === 'csv') {
    query.set('delimiter', choice.delimiter);
    return `/api/exports/${choice.dataset}.csv?${query.toString()}`;
  }
  return `/api/exports/results.${choice.format}?${query.toString()}`;
}

/** Downloads an export with the person's token: the file and the name the server gave it. */
export function downloadExport(token: string, path: string, signal: AbortSignal) {
  const fallback = path.slice(path.lastIndexOf('/') + 1, path.indexOf('?'));
  return downloadFile(path, fallback, {
    token,
    signal: AbortSignal.any([signal, AbortSignal.timeout(EXPORT_TIMEOUT_MS)]),
  });
}

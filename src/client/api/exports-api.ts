import type { CsvDelimiter, ExportDataset } from '../../shared/schemas/export.ts';
import type { ResultsFilter } from '../../shared/schemas/results-filter.ts';
import { ApiError } from './api-error.ts';
import { apiFetch } from './api-request.ts';
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

/**
 * The file name a `Content-Disposition` header gives: the UTF-8 form
 * (`filename*=UTF-8''…`) when there is one, else the plain one.
 */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (header === null) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded !== undefined) {
    try {
      return decodeURIComponent(encoded.trim());
    } catch {
      // A broken encoding falls through to the plain name.
    }
  }
  return /filename="([^"]*)"/i.exec(header)?.[1] ?? fallback;
}

/** Downloads an export with the person's token: the file and the name the server gave it. */
export async function downloadExport(
  token: string,
  path: string,
  signal: AbortSignal,
): Promise<{ blob: Blob; fileName: string }> {
  const response = await apiFetch(path, {
    token,
    signal: AbortSignal.any([signal, AbortSignal.timeout(EXPORT_TIMEOUT_MS)]),
  });
  const fallback = path.slice(path.lastIndexOf('/') + 1, path.indexOf('?'));
  const fileName = fileNameFromDisposition(response.headers.get('content-disposition'), fallback);
  try {
    return { blob: await response.blob(), fileName };
  } catch {
    // The connection broke while the file was arriving.
    throw new ApiError('network_unavailable');
  }
}

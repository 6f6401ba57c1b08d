import type { Readable } from 'node:stream';
import type { CsvDelimiter, ExportDataset } from '../../../shared/schemas/export.ts';
import type { Db } from '../../db/port.ts';
import { writeCsv } from './csv-writer.ts';
import { exportFileName, exportMediaTypes } from './export-files.ts';
import { exportTable } from './export-tables.ts';
import { writeJson } from './json-writer.ts';
import { beginExport, producedStream, type ExportRequest } from './run-export.ts';
import { writeWorkbook } from './workbook-export.ts';

/** A download written while it is sent. */
export interface ExportFile {
  contentType: string;
  fileName: string;
  stream: Readable;
}

/** Logs a failure that broke a download off (the person sees a broken download). */
type OnError = (error: unknown) => void;

/** The workbook: every table a sheet, one after another. */
export async function exportXlsx(
  db: Db,
  request: ExportRequest,
  onError: OnError,
): Promise<ExportFile> {
  const context = await beginExport(db, request, { format: 'xlsx' });
  return {
    contentType: exportMediaTypes.xlsx,
    fileName: exportFileName('Результаты посещений', context.filter, 'xlsx'),
    // exceljs ends the output itself when the workbook is complete.
    stream: producedStream((output) => writeWorkbook(output, context), onError, false),
  };
}

/** One table as CSV. */
export async function exportCsv(
  db: Db,
  request: ExportRequest & { dataset: ExportDataset; delimiter: CsvDelimiter },
  onError: OnError,
): Promise<ExportFile> {
  const { dataset, delimiter } = request;
  const context = await beginExport(db, request, { format: 'csv', dataset, delimiter });
  const table = await exportTable(context, dataset);
  return {
    contentType: exportMediaTypes.csv,
    fileName: exportFileName(table.sheet, context.filter, 'csv'),
    stream: producedStream((output) => writeCsv(output, table, delimiter), onError),
  };
}

/** The JSON document for machines. */
export async function exportJson(
  db: Db,
  request: ExportRequest & { now: Date },
  onError: OnError,
): Promise<ExportFile> {
  const context = await beginExport(db, request, { format: 'json' });
  return {
    contentType: exportMediaTypes.json,
    fileName: exportFileName('Результаты посещений', context.filter, 'json'),
    stream: producedStream((output) => writeJson(output, context, request.now), onError),
  };
}

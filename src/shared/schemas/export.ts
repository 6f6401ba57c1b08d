import { z } from 'zod';
import { resultsFilterSchema } from './results-filter.ts';

/**
 * `staff`: the names of school staff (roster, journal teachers, the school's
 * representative, responsible persons) become «Сотрудник 1», «Сотрудник 2», …
 * — the same name in the same school the same pseudonym throughout one file.
 */
export const exportMaskSchema = z.enum(['staff']);
export type ExportMask = z.infer<typeof exportMaskSchema>;

/** The query of every export: the results filter, and whether staff names are masked. */
export const exportQuerySchema = resultsFilterSchema.extend({
  mask: exportMaskSchema.optional(),
});
export type ExportQuery = z.infer<typeof exportQuerySchema>;

/**
 * `semicolon`: for Excel with Russian regional settings (decimal comma, dates
 * дд.мм.гггг); `comma`: decimal point and ISO dates (ГГГГ-ММ-ДД).
 */
export const csvDelimiters = ['semicolon', 'comma'] as const;
export const csvDelimiterSchema = z.enum(csvDelimiters);
export type CsvDelimiter = z.infer<typeof csvDelimiterSchema>;

/** The query of a CSV export: the export query and the delimiter. */
export const csvExportQuerySchema = exportQuerySchema.extend({
  delimiter: csvDelimiterSchema.default('semicolon'),
});
export type CsvExportQuery = z.infer<typeof csvExportQuerySchema>;

/**
 * The tables an export holds, each a sheet of the workbook or a CSV file:
 * visits, answers (long format), the staff roster, the journal sample, the
 * equipment the school needs, corrective actions.
 */
export const exportDatasets = [
  'visits',
  'answers',
  'roster',
  'sample',
  'equipment',
  'actions',
] as const;
export const exportDatasetSchema = z.enum(exportDatasets);
export type ExportDataset = z.infer<typeof exportDatasetSchema>;

/** The address part of a CSV export: which table. */
export const csvExportParamsSchema = z.object({ dataset: exportDatasetSchema });

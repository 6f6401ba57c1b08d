import type { ResultsFilter } from '../../../shared/schemas/results-filter.ts';
import type { Queryable } from '../../db/port.ts';
import type { CellValue, ExportColumn } from './cell-values.ts';
import type { ChecklistLayouts } from './checklist-layouts.ts';
import type { StaffMasker } from './staff-masker.ts';

/** What every table of one export shares: the database, the filter, masking, layouts. */
export interface ExportContext {
  db: Queryable;
  filter: ResultsFilter;
  masker: StaffMasker;
  layouts: ChecklistLayouts;
  /** The app's address (`https://host`), for links to visits. */
  origin: string;
}

/**
 * One exported table: a sheet of the workbook, or a CSV file. `pages` reads
 * the visits afresh, a page at a time, and yields each page's rows.
 */
export interface ExportTable {
  sheet: string;
  columns: ExportColumn[];
  pages: () => AsyncIterable<CellValue[][]>;
}

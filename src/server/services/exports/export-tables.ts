import type { ExportDataset } from '../../../shared/schemas/export.ts';
import { actionsTable } from './actions-table.ts';
import { answersTable } from './answers-table.ts';
import { checklistTable } from './checklist-table.ts';
import type { ExportContext, ExportTable } from './export-context.ts';
import { tableSpecs } from './table-specs.ts';
import { visitsTable } from './visits-table.ts';

/** One dataset of an export as a table (a CSV file). */
export async function exportTable(
  context: ExportContext,
  dataset: ExportDataset,
): Promise<ExportTable> {
  switch (dataset) {
    case 'visits':
      return visitsTable(context);
    case 'answers':
      return answersTable(context);
    case 'actions':
      return actionsTable(context);
    default:
      return checklistTable(context, tableSpecs[dataset]);
  }
}

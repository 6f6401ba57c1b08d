import type { ResultsFilter } from '../../../shared/schemas/results-filter.ts';
import { exportChecklistVersions } from '../../queries/export-records.ts';
import type { ExportColumn } from './cell-values.ts';
import type { ChecklistLayout, RowItem } from './checklist-layouts.ts';
import type { ExportContext } from './export-context.ts';
import type { TableSpec } from './table-specs.ts';

/** A table's item columns: every row item of the versions exported, by key. */
export interface TableColumns {
  keys: string[];
  columns: ExportColumn[];
}

const widthOf = (item: RowItem['item']) =>
  item.kind === 'text' ? 28 : Math.min(Math.max(item.label.length * 0.6, 10), 24);

/**
 * The columns of a table over the checklist versions the filter's visits are
 * on: the newest version's row items in its order, then items only older ones
 * have. With no visits, the first version's items.
 */
export async function tableColumns(
  context: ExportContext,
  spec: TableSpec,
  filter: ResultsFilter,
): Promise<TableColumns> {
  const versions = (await exportChecklistVersions(context.db, filter))
    .filter((v) => v.checklistId === spec.checklistId)
    .map((v) => v.version)
    .sort((a, b) => b - a);
  const layouts: ChecklistLayout[] = [];
  for (const version of versions.length > 0 ? versions : [1]) {
    const layout = await context.layouts.get(spec.checklistId, version);
    if (layout) layouts.push(layout);
  }
  const keys: string[] = [];
  const columns: ExportColumn[] = [];
  for (const layout of layouts) {
    for (const { item } of layout.tables.get(spec.group)?.items ?? []) {
      if (keys.includes(item.key)) continue;
      keys.push(item.key);
      columns.push({ header: item.label, width: widthOf(item) });
    }
  }
  return { keys, columns };
}

import type { Row } from '../../../shared/checklist/answer-schema.ts';
import { evaluate, scopeOf, type Scope } from '../../../shared/checklist/evaluate.ts';
import { rowScore } from '../../../shared/checklist/scoring.ts';
import { isVisible } from '../../../shared/checklist/visibility.ts';
import type { ResultsFilter } from '../../../shared/schemas/results-filter.ts';
import { answerCell, computedCell } from './answer-cells.ts';
import { scoreCell, type CellValue, type ExportColumn } from './cell-values.ts';
import type { ChecklistLayout, RowItem } from './checklist-layouts.ts';
import type { ExportContext, ExportTable } from './export-context.ts';
import { tableColumns } from './table-columns.ts';
import type { TableSpec } from './table-specs.ts';
import { visitKeyCells, visitKeyColumns } from './visit-cells.ts';
import { contentPages, type VisitWithAnswers } from './visit-answers.ts';

/**
 * A version's row items in the order of the table's columns (missing ones
 * undefined), and which of them hold staff names: worked out once a version.
 */
interface ColumnItems {
  items: (RowItem | undefined)[];
  masked: boolean[];
}

function cellOf(
  column: RowItem | undefined,
  row: Row,
  scope: Scope,
  mask: ((name: string) => string) | null,
): CellValue {
  if (!column || !isVisible(column.item, scope)) return null;
  const { item } = column;
  if (item.kind === 'computed') return computedCell(item, evaluate(item.expression, scope));
  const cell = answerCell(column.cell, row.answers[item.key]);
  return mask && typeof cell === 'string' ? mask(cell) : cell;
}

function rowsOf(
  context: ExportContext,
  spec: TableSpec,
  { visit, answers }: VisitWithAnswers,
  layout: ChecklistLayout,
  columns: ColumnItems,
): CellValue[][] {
  const table = layout.tables.get(spec.group);
  if (!table) return [];
  const key = visitKeyCells(visit, layout);
  const mask = (name: string) => context.masker.name(visit.schoolId, name);
  return (answers.groups[spec.group] ?? []).map((row, index) => {
    const scope = scopeOf(answers, layout.index.computed, row);
    const cells = columns.items.map((column, at) =>
      cellOf(column, row, scope, columns.masked[at] === true ? mask : null),
    );
    return [...key, index + 1, ...cells, scoreCell(rowScore(table.group, scope))];
  });
}

/** The filter narrowed to the table's checklist; `null` when it asks for another checklist. */
function tableFilter(filter: ResultsFilter, spec: TableSpec): ResultsFilter | null {
  if (filter.checklistId !== undefined && filter.checklistId !== spec.checklistId) return null;
  return { ...filter, checklistId: spec.checklistId };
}

/** Turns visits into the rows of one checklist table. */
export interface TableRows {
  sheet: string;
  columns: ExportColumn[];
  /** The filter narrowed to the table's checklist; `null`: the export has none of its visits. */
  filter: ResultsFilter | null;
  /** The rows of one visit (none when it is on another checklist). */
  rowsOf: (visit: VisitWithAnswers, layout: ChecklistLayout) => CellValue[][];
}

/** The columns of a checklist table and how a visit's rows fill them. */
export async function tableRows(context: ExportContext, spec: TableSpec): Promise<TableRows> {
  const filter = tableFilter(context.filter, spec);
  const { keys, columns } = filter
    ? await tableColumns(context, spec, filter)
    : { keys: [], columns: [] };
  const byVersion = new Map<ChecklistLayout, ColumnItems>();
  const columnItems = (layout: ChecklistLayout): ColumnItems => {
    let columnsOfVersion = byVersion.get(layout);
    if (!columnsOfVersion) {
      const rowItems = layout.tables.get(spec.group)?.items ?? [];
      const items = keys.map((key) => rowItems.find((r) => r.item.key === key));
      const masked = items.map((r) => r !== undefined && spec.staffNames.includes(r.item.key));
      columnsOfVersion = { items, masked };
      byVersion.set(layout, columnsOfVersion);
    }
    return columnsOfVersion;
  };
  return {
    sheet: spec.sheet,
    columns: [
      ...visitKeyColumns,
      { header: '№', width: 5 },
      ...columns,
      { header: 'Оценка строки, %', width: 12 },
    ],
    filter,
    rowsOf: (visit, layout) =>
      visit.visit.checklistId === spec.checklistId
        ? rowsOf(context, spec, visit, layout, columnItems(layout))
        : [],
  };
}

/** A checklist's table (staff roster, journal sample): one row per table row, a column per item. */
export async function checklistTable(
  context: ExportContext,
  spec: TableSpec,
): Promise<ExportTable> {
  const table = await tableRows(context, spec);
  const { filter } = table;
  return {
    sheet: table.sheet,
    columns: table.columns,
    async *pages() {
      if (!filter) return;
      for await (const page of contentPages(context.db, filter)) {
        const rows: CellValue[][] = [];
        for (const visit of page) {
          const { checklistId, checklistVersion } = visit.visit;
          const layout = await context.layouts.get(checklistId, checklistVersion);
          if (layout) rows.push(...table.rowsOf(visit, layout));
        }
        yield rows;
      }
    },
  };
}

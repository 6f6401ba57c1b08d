import type { ExportVisitRow } from '../../queries/export-records.ts';
import { dayCell, type CellValue, type ExportColumn } from './cell-values.ts';
import type { ChecklistLayout } from './checklist-layouts.ts';

/** The checklist's short title, or its id when the server does not know the version. */
export function checklistTitle(visit: ExportVisitRow, layout: ChecklistLayout | null): string {
  return layout?.definition.shortTitle ?? visit.checklistId;
}

/** The columns that say which visit a row of answers, a table or actions belongs to. */
export const visitKeyColumns: ExportColumn[] = [
  { header: 'Посещение', width: 38 },
  { header: 'Дата посещения', width: 14 },
  { header: 'Школа', width: 32 },
  { header: 'Чек-лист', width: 24 },
];

/** The cells of `visitKeyColumns` for one visit. */
export function visitKeyCells(visit: ExportVisitRow, layout: ChecklistLayout | null): CellValue[] {
  return [visit.visitId, dayCell(visit.date), visit.schoolName, checklistTitle(visit, layout)];
}

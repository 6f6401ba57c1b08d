import type { CorrectiveAction } from '../../../shared/schemas/visit.ts';
import type { ExportVisitRow } from '../../queries/export-records.ts';
import { dayCell, type CellValue } from './cell-values.ts';
import type { ExportContext, ExportTable } from './export-context.ts';
import { actionStatusLabels, labelOf } from './value-labels.ts';
import { actionsByVisit } from './visit-actions.ts';
import { visitKeyCells, visitKeyColumns } from './visit-cells.ts';
import { visitPages } from './visit-pages.ts';

const COLUMNS = [
  ...visitKeyColumns,
  { header: 'Мера', width: 50 },
  { header: 'Ответственный', width: 28 },
  { header: 'Срок', width: 12 },
  { header: 'Статус', width: 14 },
  { header: 'Комментарий при проверке', width: 40 },
  { header: 'Проверено в посещении', width: 38 },
];

function actionRow(
  context: ExportContext,
  key: CellValue[],
  visit: ExportVisitRow,
  action: CorrectiveAction,
): CellValue[] {
  return [
    ...key,
    action.what,
    context.masker.name(visit.schoolId, action.responsible),
    action.deadline === '' ? null : dayCell(action.deadline),
    labelOf(actionStatusLabels, action.status),
    action.comment,
    action.followedUpIn ?? '',
  ];
}

/** «Меры»: the corrective actions agreed at the visits, with their follow-up. */
export function actionsTable(context: ExportContext): ExportTable {
  return {
    sheet: 'Меры',
    columns: COLUMNS,
    async *pages() {
      for await (const page of visitPages(context.db, context.filter, false)) {
        const actions = await actionsByVisit(
          context.db,
          page.map((visit) => visit.visitId),
        );
        const rows: CellValue[][] = [];
        for (const visit of page) {
          const list = actions.get(visit.visitId);
          if (!list) continue;
          const layout = await context.layouts.get(visit.checklistId, visit.checklistVersion);
          const key = visitKeyCells(visit, layout);
          for (const action of list) rows.push(actionRow(context, key, visit, action));
        }
        yield rows;
      }
    },
  };
}

import type { ExportVisitRow } from '../../queries/export-records.ts';
import { dayCell, percentCell, type CellValue } from './cell-values.ts';
import type { ExportContext, ExportTable } from './export-context.ts';
import { checklistTitle } from './visit-cells.ts';
import { visitPeople } from './visit-people.ts';
import { visitPages } from './visit-pages.ts';
import { kindLabels, labelOf, levelLabels, statusLabels } from './value-labels.ts';

const COLUMNS = [
  { header: 'Дата посещения', width: 14 },
  { header: 'Школа', width: 32 },
  { header: 'Чек-лист', width: 24 },
  { header: 'Версия', width: 8 },
  { header: 'Вид посещения', width: 24 },
  { header: 'Статус', width: 12 },
  { header: 'Автор', width: 28 },
  { header: 'Комиссия', width: 40 },
  { header: 'Результат, %', width: 12 },
  { header: 'Уровень', width: 15 },
  { header: 'Ознакомлен от школы', width: 28 },
  { header: 'Посещение', width: 38 },
  { header: 'Ссылка', width: 50 },
];

async function visitRow(context: ExportContext, visit: ExportVisitRow): Promise<CellValue[]> {
  const layout = await context.layouts.get(visit.checklistId, visit.checklistVersion);
  const { author, commission, acknowledgement } = visitPeople(visit, context.masker);
  return [
    dayCell(visit.date),
    visit.schoolName,
    checklistTitle(visit, layout),
    visit.checklistVersion,
    labelOf(kindLabels, visit.kind),
    labelOf(statusLabels, visit.status),
    author,
    commission.join('; '),
    percentCell(visit.percent),
    labelOf(levelLabels, visit.level),
    acknowledgement?.name ?? '',
    visit.visitId,
    { link: `${context.origin}/visits/${visit.visitId}` },
  ];
}

/** «Посещения»: one row per completed visit. */
export function visitsTable(context: ExportContext): ExportTable {
  return {
    sheet: 'Посещения',
    columns: COLUMNS,
    async *pages() {
      for await (const page of visitPages(context.db, context.filter, true)) {
        const rows: CellValue[][] = [];
        for (const visit of page) rows.push(await visitRow(context, visit));
        yield rows;
      }
    },
  };
}

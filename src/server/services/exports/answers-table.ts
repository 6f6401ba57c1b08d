import { scoreCell, type CellValue } from './cell-values.ts';
import type { ChecklistLayout } from './checklist-layouts.ts';
import type { ExportContext, ExportTable } from './export-context.ts';
import { recordedItems } from './recorded-items.ts';
import { visitKeyCells, visitKeyColumns } from './visit-cells.ts';
import { contentPages, type VisitWithAnswers } from './visit-answers.ts';

const COLUMNS = [
  ...visitKeyColumns,
  { header: 'Раздел', width: 30 },
  { header: 'Вопрос', width: 60 },
  { header: 'Ответ', width: 24 },
  { header: 'Оценка, %', width: 10 },
  { header: 'Примечание', width: 40 },
  { header: 'Фото', width: 7 },
];

/** One row per recorded top-level item of a visit. */
function answerRows({ visit, answers }: VisitWithAnswers, layout: ChecklistLayout): CellValue[][] {
  const key = visitKeyCells(visit, layout);
  return recordedItems(layout, answers).map(({ top, answer, cell, score }) => [
    ...key,
    top.section,
    top.item.label,
    cell,
    scoreCell(score),
    answer?.note ?? '',
    answer === undefined ? null : (answer.photos?.length ?? 0),
  ]);
}

/** Something else to do with each visit of the answers' pass, and after each page. */
export interface AnswersPassHook {
  visit: (visit: VisitWithAnswers, layout: ChecklistLayout) => void;
  flush: () => Promise<void>;
}

/**
 * «Ответы»: the answers in long format, labels and not codes. `hook` sees
 * every visit with its answers too (the workbook fills its other tables).
 */
export function answersTable(context: ExportContext, hook?: AnswersPassHook): ExportTable {
  return {
    sheet: 'Ответы',
    columns: COLUMNS,
    async *pages() {
      for await (const page of contentPages(context.db, context.filter)) {
        const rows: CellValue[][] = [];
        for (const visit of page) {
          const { checklistId, checklistVersion } = visit.visit;
          const layout = await context.layouts.get(checklistId, checklistVersion);
          if (!layout) continue;
          rows.push(...answerRows(visit, layout));
          hook?.visit(visit, layout);
        }
        await hook?.flush();
        yield rows;
      }
    },
  };
}

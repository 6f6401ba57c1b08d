import type { ChecklistCatalogue } from './checklist-catalogue.ts';
import type { LatestResult } from './dashboard-schema.ts';
import type { ResultRow } from './result-row.ts';
import { compareText } from './tallies.ts';

/** Orders rows by school, then by checklist in the catalogue's order. */
export function bySchoolThenChecklist(catalogue: ChecklistCatalogue) {
  return (a: Pick<ResultRow, 'schoolId' | 'checklistId'>, b: typeof a): number =>
    compareText(a.schoolId, b.schoolId) ||
    catalogue.compareChecklists(a.checklistId, b.checklistId);
}

/** The colour table: each school's latest result per checklist (rows already the latest). */
export function latestResults(
  latest: readonly ResultRow[],
  catalogue: ChecklistCatalogue,
): LatestResult[] {
  return [...latest].sort(bySchoolThenChecklist(catalogue)).map((row) => ({
    schoolId: row.schoolId,
    checklistId: row.checklistId,
    checklistVersion: row.checklistVersion,
    visitId: row.visitId,
    kind: row.kind,
    date: row.date,
    percent: row.summary.percent,
    level: row.summary.level,
  }));
}

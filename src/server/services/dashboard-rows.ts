import {
  actionRowSchema,
  type ActionRow,
  type ResultRow,
} from '../../shared/analytics/result-row.ts';
import {
  SUMMARY_VERSION,
  visitSummarySchema,
  type VisitSummary,
} from '../../shared/analytics/summary-schema.ts';
import { levels, type Level } from '../../shared/checklist/definition-schema.ts';
import { visitKinds, type VisitKind } from '../../shared/schemas/visit.ts';
import type { DashboardActionRow, DashboardResultRow } from '../queries/dashboard-results.ts';

const isLevel = (value: string | null): value is Level =>
  value !== null && (levels as readonly string[]).includes(value);

const isKind = (value: string): value is VisitKind =>
  (visitKinds as readonly string[]).includes(value);

/**
 * A row's summary: the stored one where the query sent it (and it is of the
 * current shape), else just its score and level — all the trend reads.
 */
function summaryOf(row: DashboardResultRow): VisitSummary {
  if (row.summary !== null) {
    const parsed = visitSummarySchema.safeParse(row.summary);
    if (parsed.success) return parsed.data;
  }
  return {
    version: SUMMARY_VERSION,
    percent: row.percent,
    level: isLevel(row.level) ? row.level : null,
    sections: {},
    items: {},
  };
}

/** The query's rows as the shared aggregation takes them; a row of an unknown kind is left out. */
export function toResultRows(rows: readonly DashboardResultRow[]): ResultRow[] {
  return rows.flatMap((row): ResultRow[] => {
    if (!isKind(row.kind)) return [];
    return [
      {
        visitId: row.visitId,
        schoolId: row.schoolId,
        checklistId: row.checklistId,
        checklistVersion: row.checklistVersion,
        kind: row.kind,
        date: row.date,
        status: row.status === 'accepted' ? 'accepted' : 'completed',
        summary: summaryOf(row),
      },
    ];
  });
}

/** Actions whose status and deadline read as the schema says; anything else is left out. */
export function toActionRows(rows: readonly DashboardActionRow[]): ActionRow[] {
  return rows.flatMap((row) => {
    const parsed = actionRowSchema.safeParse({ ...row, deadline: row.deadline ?? '' });
    return parsed.success ? [parsed.data] : [];
  });
}

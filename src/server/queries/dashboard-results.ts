import type { ResultsFilter } from '../../shared/schemas/results-filter.ts';
import type { Queryable } from '../db/port.ts';
import { FILTERED_RESULTS, resultsFilterParams } from './results-filter-sql.ts';

/**
 * Reading what the district dashboard is built from: the filtered completed
 * visits' results and the corrective actions of completed visits. A visit
 * counts while it is completed or accepted.
 */

/** A completed visit's result as the dashboard reads it. */
export interface DashboardResultRow {
  visitId: string;
  schoolId: string;
  checklistId: string;
  checklistVersion: number;
  kind: string;
  date: string;
  status: string;
  percent: number | null;
  level: string | null;
  /**
   * The stored summary, only where the dashboard reads more than the score:
   * the latest visit of its school and checklist, and of its school, checklist
   * and kind (by date, then id). `null` for every other row.
   */
  summary: unknown;
}

interface ResultSqlRow {
  visit_id: string;
  school_id: string;
  checklist_id: string;
  checklist_version: number;
  kind: string;
  visit_date: string;
  status: string;
  percent: number | null;
  level: string | null;
  summary: unknown;
}

/** "Latest" as the shared aggregation orders it: date, then visit id (UUIDv7 ids grow with time). */
const latestOf = (partition: string) =>
  `row_number() OVER (PARTITION BY ${partition} ORDER BY r.visit_date DESC, r.visit_id DESC) = 1`;

/**
 * Every completed visit the filter keeps, in one query. Summaries travel only
 * for the rows that are someone's latest: the others contribute their score
 * and level to the trend and nothing else. The latest rows are found over the
 * narrow columns and their summaries fetched by key afterwards, so that the
 * sort never carries the summaries (10,000 of them would spill to disk).
 */
export async function dashboardResults(
  db: Queryable,
  filter: ResultsFilter,
): Promise<DashboardResultRow[]> {
  const rows = await db.query<ResultSqlRow>(
    `WITH kept AS (
       SELECT r.visit_id, r.school_id, r.checklist_id, r.checklist_version, r.kind,
         r.visit_date, v.status, r.percent, r.level,
         ${latestOf('r.school_id, r.checklist_id')}
           OR ${latestOf('r.school_id, r.checklist_id, r.kind')} AS latest
       ${FILTERED_RESULTS})
     SELECT k.visit_id, k.school_id, k.checklist_id, k.checklist_version, k.kind,
       k.visit_date::text AS visit_date, k.status, k.percent, k.level,
       CASE WHEN k.latest
         THEN (SELECT s.summary FROM visit_results s WHERE s.visit_id = k.visit_id) END AS summary
     FROM kept k`,
    resultsFilterParams(filter),
  );
  return rows.map((row) => ({
    visitId: row.visit_id,
    schoolId: row.school_id,
    checklistId: row.checklist_id,
    checklistVersion: row.checklist_version,
    kind: row.kind,
    date: row.visit_date,
    status: row.status,
    percent: row.percent,
    level: row.level,
    summary: row.summary,
  }));
}

/** A corrective action as the dashboard counts it. */
export interface DashboardActionRow {
  schoolId: string;
  visitId: string;
  status: unknown;
  deadline: unknown;
}

/**
 * The live corrective actions of completed (or accepted) visits of these
 * schools (none: every school), whatever their dates: their state today.
 */
export async function dashboardActions(
  db: Queryable,
  schoolIds: readonly string[],
): Promise<DashboardActionRow[]> {
  const rows = await db.query<{
    school_id: string;
    visit_id: string;
    status: unknown;
    deadline: unknown;
  }>(
    `SELECT v.school_id, a.visit_id, a.data -> 'status' AS status, a.data -> 'deadline' AS deadline
     FROM sync_records a
     JOIN sync_visits v ON v.visit_id = a.visit_id
     WHERE a.collection = 'actions' AND NOT a.deleted
       AND v.status IN ('completed', 'accepted')
       AND (cardinality($1::uuid[]) = 0 OR v.school_id = ANY($1::uuid[]))`,
    [schoolIds],
  );
  return rows.map((row) => ({
    schoolId: row.school_id,
    visitId: row.visit_id,
    status: row.status,
    deadline: row.deadline,
  }));
}

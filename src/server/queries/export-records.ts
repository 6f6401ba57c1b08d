import type { ResultsFilter } from '../../shared/schemas/results-filter.ts';
import type { RecordData } from '../../shared/sync/field-paths.ts';
import type { Queryable } from '../db/port.ts';
import { FILTERED_RESULTS, resultsFilterParams } from './results-filter-sql.ts';

/**
 * Reading the district's completed visits for exports: in pages by keyset on
 * (visit_date, visit_id), each page's records by the visits' ids. A visit
 * counts while it is completed or accepted.
 */

/** Where the next page starts: after this visit. */
export interface VisitCursor {
  date: string;
  visitId: string;
}

/** One completed visit as exports show it. */
export interface ExportVisitRow {
  visitId: string;
  date: string;
  schoolId: string;
  schoolName: string;
  schoolFullName: string;
  checklistId: string;
  checklistVersion: number;
  kind: string;
  status: string;
  percent: number | null;
  level: string | null;
  authorName: string;
  /** The visit's record without its history: commission, findings, acknowledgement… */
  record: RecordData | null;
}

interface VisitRow {
  visit_id: string;
  visit_date: string;
  school_id: string;
  short_name: string;
  school_name: string;
  checklist_id: string;
  checklist_version: number;
  kind: string;
  status: string;
  percent: number | null;
  level: string | null;
  author_name: string;
  record: string | null;
}

/** The smallest uuid: a page that starts "after" it on the first day takes that day whole. */
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** How many visits the filter matches. */
export async function countExportVisits(db: Queryable, filter: ResultsFilter): Promise<number> {
  const rows = await db.query<{ count: string | number }>(
    `SELECT count(*) AS count ${FILTERED_RESULTS}`,
    resultsFilterParams(filter),
  );
  return Number(rows[0]?.count ?? 0);
}

/** The checklist versions the filter's visits are on. */
export async function exportChecklistVersions(
  db: Queryable,
  filter: ResultsFilter,
): Promise<{ checklistId: string; version: number }[]> {
  const rows = await db.query<{ checklist_id: string; checklist_version: number }>(
    `SELECT DISTINCT r.checklist_id, r.checklist_version ${FILTERED_RESULTS}
     ORDER BY r.checklist_id, r.checklist_version`,
    resultsFilterParams(filter),
  );
  return rows.map((row) => ({ checklistId: row.checklist_id, version: row.checklist_version }));
}

/**
 * The next `limit` visits the filter matches after `after`, by date then id,
 * with the visit's record (without its history) when `withRecord`. The page
 * is chosen first (the index on visit date and id), and only its visits are
 * joined with their school, author and record (looked up one by one):
 * joining first made every page read every visit's record, and an export
 * quadratic. The record comes as text, parsed here: quicker on PGlite.
 */
export async function exportVisitPage(
  db: Queryable,
  filter: ResultsFilter,
  page: { after: VisitCursor | null; limit: number; withRecord: boolean },
): Promise<ExportVisitRow[]> {
  const { after, limit, withRecord } = page;
  const rows = await db.query<VisitRow>(
    `WITH page AS MATERIALIZED (
       SELECT r.visit_id, r.visit_date, r.school_id, r.checklist_id, r.checklist_version,
         r.kind, v.status, r.percent, r.level, v.author_id
       ${FILTERED_RESULTS}
         AND (r.visit_date, r.visit_id) > ($6::date, $7::uuid)
       ORDER BY r.visit_date, r.visit_id
       LIMIT $8
     )
     SELECT p.visit_id, p.visit_date::text AS visit_date, p.school_id, s.short_name,
       s.name AS school_name, p.checklist_id, p.checklist_version, p.kind, p.status,
       p.percent, p.level, u.full_name AS author_name,
       CASE WHEN $9::boolean THEN
         (SELECT (rec.data - 'history')::text FROM sync_records rec
          WHERE rec.collection = 'visits' AND rec.id = p.visit_id::text) END AS record
     FROM page p
     JOIN schools s ON s.id = p.school_id
     JOIN users u ON u.id = p.author_id
     ORDER BY p.visit_date, p.visit_id`,
    [
      ...resultsFilterParams(filter),
      after?.date ?? filter.from,
      after?.visitId ?? NIL_UUID,
      limit,
      withRecord,
    ],
  );
  return rows.map((row) => ({
    visitId: row.visit_id,
    date: row.visit_date,
    schoolId: row.school_id,
    schoolName: row.short_name,
    schoolFullName: row.school_name,
    checklistId: row.checklist_id,
    checklistVersion: row.checklist_version,
    kind: row.kind,
    status: row.status,
    percent: row.percent,
    level: row.level,
    authorName: row.author_name,
    record: row.record === null ? null : (JSON.parse(row.record) as RecordData),
  }));
}

/** A live corrective action's record: its visit and its data. */
export interface ActionRecord {
  visitId: string;
  data: RecordData;
}

/** The live corrective actions agreed at these visits, in no order. */
export async function actionsOfVisits(
  db: Queryable,
  visitIds: readonly string[],
): Promise<ActionRecord[]> {
  if (visitIds.length === 0) return [];
  const rows = await db.query<{ visit_id: string; data: RecordData }>(
    `SELECT visit_id, data FROM sync_records
     WHERE visit_id = ANY($1::uuid[]) AND collection = 'actions' AND NOT deleted`,
    [visitIds],
  );
  return rows.map((row) => ({ visitId: row.visit_id, data: row.data }));
}

/** A visit's answers by item key and its table rows, as JSON text (one parse per visit). */
export interface VisitContentText {
  visitId: string;
  /** `{ itemKey: answer }`, or null when the visit has no answers. */
  answers: string | null;
  /** `[[rowId, group, position], …]`, or null when it has no table rows. */
  rows: string | null;
}

/**
 * The live answers and table rows of these visits, aggregated per visit by
 * the database: a row and a parse per visit instead of one per record (four
 * times faster on PGlite). A visit with neither has no row.
 */
export async function contentOfVisits(
  db: Queryable,
  visitIds: readonly string[],
): Promise<VisitContentText[]> {
  if (visitIds.length === 0) return [];
  const rows = await db.query<{ visit_id: string; answers: string | null; rows: string | null }>(
    `SELECT visit_id,
       (json_object_agg(data ->> 'itemKey', data -> 'answer')
         FILTER (WHERE collection = 'answers'))::text AS answers,
       (json_agg(json_build_array(id, data -> 'group', data -> 'position'))
         FILTER (WHERE collection = 'rows'))::text AS rows
     FROM sync_records
     WHERE visit_id = ANY($1::uuid[]) AND collection IN ('answers', 'rows') AND NOT deleted
     GROUP BY visit_id`,
    [visitIds],
  );
  return rows.map((row) => ({ visitId: row.visit_id, answers: row.answers, rows: row.rows }));
}

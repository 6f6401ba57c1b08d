import type { RecordData } from '../../shared/sync/field-paths.ts';
import type { Queryable } from '../db/port.ts';

/** The records a visit's result is computed from: the visit, its answers and its table rows. */
export interface VisitContentRecord {
  collection: 'visits' | 'answers' | 'rows';
  id: string;
  visitId: string;
  data: RecordData;
}

/** Every live visit, answer and row record of these visits. */
export async function loadVisitContent(
  tx: Queryable,
  visitIds: readonly string[],
): Promise<VisitContentRecord[]> {
  if (visitIds.length === 0) return [];
  const rows = await tx.query<{
    collection: VisitContentRecord['collection'];
    id: string;
    visit_id: string;
    data: RecordData;
  }>(
    `SELECT collection, id, visit_id, data FROM sync_records
     WHERE visit_id = ANY($1::uuid[]) AND collection IN ('visits', 'answers', 'rows')
       AND NOT deleted`,
    [visitIds],
  );
  return rows.map((row) => ({
    collection: row.collection,
    id: row.id,
    visitId: row.visit_id,
    data: row.data,
  }));
}

/** One row of visit_results. */
export interface VisitResultRow {
  visitId: string;
  schoolId: string;
  checklistId: string;
  checklistVersion: number;
  kind: string;
  date: string;
  percent: number | null;
  level: string | null;
  summary: unknown;
}

/** Stores (or replaces) the results of completed visits, all in one statement. */
export async function saveVisitResults(
  tx: Queryable,
  results: readonly VisitResultRow[],
): Promise<void> {
  if (results.length === 0) return;
  await tx.query(
    `INSERT INTO visit_results (visit_id, school_id, checklist_id, checklist_version, kind,
       visit_date, percent, level, summary)
     SELECT x."visitId", x."schoolId", x."checklistId", x."checklistVersion", x.kind, x.date,
       x.percent, x.level, x.summary
     FROM jsonb_to_recordset($1::jsonb) AS x("visitId" uuid, "schoolId" uuid,
       "checklistId" text, "checklistVersion" integer, kind text, date date,
       percent double precision, level text, summary jsonb)
     ON CONFLICT (visit_id) DO UPDATE SET
       school_id = excluded.school_id, checklist_id = excluded.checklist_id,
       checklist_version = excluded.checklist_version, kind = excluded.kind,
       visit_date = excluded.visit_date, percent = excluded.percent, level = excluded.level,
       summary = excluded.summary, computed_at = now()`,
    [JSON.stringify(results)],
  );
}

/**
 * Completed or accepted visits whose result is missing or was computed in an
 * older summary shape: a page of them, by id.
 */
export async function visitsWithoutResults(
  db: Queryable,
  summaryVersion: number,
  after: string | null,
  limit: number,
): Promise<string[]> {
  const rows = await db.query<{ visit_id: string }>(
    `SELECT v.visit_id FROM sync_visits v
     LEFT JOIN visit_results r ON r.visit_id = v.visit_id
     WHERE v.status IN ('completed', 'accepted')
       AND (r.visit_id IS NULL OR coalesce((r.summary ->> 'version')::int, 0) <> $1)
       AND ($2::uuid IS NULL OR v.visit_id > $2::uuid)
     ORDER BY v.visit_id LIMIT $3`,
    [summaryVersion, after, limit],
  );
  return rows.map((row) => row.visit_id);
}

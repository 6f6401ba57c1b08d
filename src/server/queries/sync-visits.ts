import type { Queryable } from '../db/port.ts';
import type { VisitAccess } from '../services/sync/access.ts';
import { canonicalUuids } from './row-values.ts';

/** A record a push touches, and the visit it names if the server does not have it yet. */
export interface TouchedRecord {
  collection: string;
  id: string;
  newVisitId: string | null;
}

/**
 * Locks the visits a push touches, in one order for every push (no two pushes
 * wait for each other crosswise), until it commits: edits of one visit, and
 * its status changes, happen one after another. A record the server has
 * belongs to its visit (a record never moves); a new one to the visit it
 * names. One statement finds and locks them: every push runs it.
 */
export async function lockVisitsOf(
  tx: Queryable,
  records: readonly TouchedRecord[],
): Promise<string[]> {
  if (records.length === 0) return [];
  const rows = await tx.query<{ visit_id: string }>(
    `SELECT keys.visit_id, pg_advisory_xact_lock(keys.k)
     FROM (
       SELECT visits.visit_id, hashtextextended(visits.visit_id, 0) AS k
       FROM (
         SELECT DISTINCT coalesce(r.visit_id::text, t.new_visit_id) AS visit_id
         FROM unnest($1::text[], $2::text[], $3::text[]) AS t(collection, id, new_visit_id)
         LEFT JOIN sync_records r ON r.collection = t.collection AND r.id = t.id
       ) AS visits
       WHERE visits.visit_id IS NOT NULL
       ORDER BY 2
     ) AS keys`,
    [
      records.map((record) => record.collection),
      records.map((record) => record.id),
      records.map((record) => record.newVisitId),
    ],
  );
  return rows.map((row) => row.visit_id);
}

interface AccessRow {
  visit_id: string;
  school_id: string;
  author_id: string;
  kind: VisitAccess['kind'];
  status: VisitAccess['status'];
}

export async function loadVisitAccess(
  tx: Queryable,
  visitIds: readonly string[],
): Promise<VisitAccess[]> {
  const ids = canonicalUuids(visitIds);
  if (ids.length === 0) return [];
  // By uuid, not text: the primary key finds the visits instead of a scan of them all.
  const rows = await tx.query<AccessRow>(
    `SELECT visit_id, school_id, author_id, kind, status FROM sync_visits
     WHERE visit_id = ANY($1::uuid[])`,
    [ids],
  );
  return rows.map((row) => ({
    visitId: row.visit_id,
    schoolId: row.school_id,
    authorId: row.author_id,
    kind: row.kind,
    status: row.status,
  }));
}

export async function saveVisitAccess(
  tx: Queryable,
  visits: readonly VisitAccess[],
): Promise<void> {
  if (visits.length === 0) return;
  await tx.query(
    `INSERT INTO sync_visits (visit_id, school_id, author_id, kind, status, plan_id)
     SELECT x."visitId", x."schoolId", x."authorId", x.kind, x.status, x."planId"
     FROM jsonb_to_recordset($1::jsonb)
       AS x("visitId" uuid, "schoolId" uuid, "authorId" uuid, kind text, status text, "planId" uuid)
     ON CONFLICT (visit_id) DO UPDATE SET status = excluded.status`,
    [JSON.stringify(visits)],
  );
}

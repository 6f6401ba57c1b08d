import type { Queryable } from '../db/port.ts';
import type { VisitAccess } from '../services/sync/access.ts';

/**
 * Locks the visits a push touches, in one order for every push (no two pushes
 * wait for each other crosswise), until it commits: edits of one visit, and
 * its status changes, happen one after another.
 */
export async function lockVisits(tx: Queryable, visitIds: readonly string[]): Promise<void> {
  if (visitIds.length === 0) return;
  await tx.query(
    `SELECT pg_advisory_xact_lock(k)
     FROM (SELECT DISTINCT hashtextextended(v, 0) AS k FROM unnest($1::text[]) AS v ORDER BY 1) AS keys`,
    [visitIds],
  );
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
  if (visitIds.length === 0) return [];
  const rows = await tx.query<AccessRow>(
    `SELECT visit_id, school_id, author_id, kind, status FROM sync_visits
     WHERE visit_id::text = ANY($1::text[])`,
    [visitIds],
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
    `INSERT INTO sync_visits (visit_id, school_id, author_id, kind, status)
     SELECT x."visitId", x."schoolId", x."authorId", x.kind, x.status
     FROM jsonb_to_recordset($1::jsonb)
       AS x("visitId" uuid, "schoolId" uuid, "authorId" uuid, kind text, status text)
     ON CONFLICT (visit_id) DO UPDATE SET status = excluded.status`,
    [JSON.stringify(visits)],
  );
}

/** Which of these schools the directory has. */
export async function existingSchools(
  tx: Queryable,
  schoolIds: readonly string[],
): Promise<Set<string>> {
  const ids = schoolIds.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (ids.length === 0) return new Set();
  const rows = await tx.query<{ id: string }>(
    'SELECT id FROM schools WHERE id::text = ANY($1::text[])',
    [ids],
  );
  return new Set(rows.map((row) => row.id));
}

/**
 * The next version. Taken last in a push's transaction, its row lock is held
 * until commit: a later version is always committed later.
 */
export async function takeVersion(tx: Queryable): Promise<number> {
  const rows = await tx.query<{ version: string | number }>(
    'UPDATE sync_counter SET version = version + 1 RETURNING version',
  );
  return Number(rows[0]?.version);
}

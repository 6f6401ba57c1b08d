import { type User } from '../../shared/schemas/user.ts';
import { managesDistrict } from '../../shared/district-roles.ts';
import type { SyncCollection } from '../../shared/sync/collections.ts';
import type { RecordData } from '../../shared/sync/field-paths.ts';
import type { FieldStamps } from '../../shared/sync/merge-fields.ts';
import type { Queryable } from '../db/port.ts';

/** Where a pull stands: after this record in (version, collection, id) order. */
export interface PullPosition {
  version: number;
  collection: string;
  id: string;
}

export interface PulledRow {
  collection: SyncCollection;
  id: string;
  version: number;
  data: RecordData;
  stamps: FieldStamps;
  deleted: boolean;
}

/**
 * Which records a person sees, as SQL over `r` (the record) and `v` (its
 * visit), its one parameter numbered `$n`. Mirrors services/sync/access.ts:
 * the district sees everything; an inspector their own visits and every
 * corrective action (to follow them up); a school its own self-audits and the
 * inspections of it from their completion on.
 */
export function scopeOf(user: User, n: number): { sql: string; params: unknown[] } {
  if (managesDistrict(user.role)) return { sql: 'true', params: [] };
  if (user.role === 'inspector') {
    return { sql: `(v.author_id = $${n} OR r.collection = 'actions')`, params: [user.id] };
  }
  return {
    sql: `v.school_id = $${n} AND (v.kind = 'self_audit' OR v.status <> 'draft')`,
    params: [user.schoolId],
  };
}

/** Up to `limit` records the person sees, written after `after`, in version order. */
export async function pullPage(
  db: Queryable,
  user: User,
  after: PullPosition,
  limit: number,
): Promise<PulledRow[]> {
  const scope = scopeOf(user, 5);
  const rows = await db.query<Omit<PulledRow, 'version'> & { version: string | number }>(
    `SELECT r.collection, r.id, r.version, r.data, r.stamps, r.deleted
     FROM sync_records r JOIN sync_visits v ON v.visit_id = r.visit_id
     WHERE (r.version, r.collection, r.id) > ($1::bigint, $2::text, $3::text) AND ${scope.sql}
     ORDER BY r.version, r.collection, r.id
     LIMIT $4`,
    [after.version, after.collection, after.id, limit, ...scope.params],
  );
  return rows.map((row) => ({ ...row, version: Number(row.version) }));
}

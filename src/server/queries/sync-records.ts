import type { SyncCollection } from '../../shared/sync/collections.ts';
import type { RecordData } from '../../shared/sync/field-paths.ts';
import type { FieldStamps } from '../../shared/sync/merge-fields.ts';
import type { Queryable } from '../db/port.ts';
import type { StoredRecord } from '../services/sync/state.ts';

export interface RecordRef {
  collection: string;
  id: string;
}

interface RecordRow {
  collection: SyncCollection;
  id: string;
  visit_id: string;
  version: string | number;
  data: RecordData;
  stamps: FieldStamps;
  deleted: boolean;
}

const COLUMNS = 'r.collection, r.id, r.visit_id, r.version, r.data, r.stamps, r.deleted';

function toStored(row: RecordRow): StoredRecord {
  return {
    collection: row.collection,
    id: row.id,
    visitId: row.visit_id,
    version: Number(row.version),
    data: row.data,
    stamps: row.stamps,
    deleted: row.deleted,
  };
}

const refsParams = (refs: readonly RecordRef[]) => [
  refs.map((ref) => ref.collection),
  refs.map((ref) => ref.id),
];

export async function loadRecords(
  tx: Queryable,
  refs: readonly RecordRef[],
): Promise<StoredRecord[]> {
  if (refs.length === 0) return [];
  const rows = await tx.query<RecordRow>(
    `SELECT ${COLUMNS} FROM sync_records r
     JOIN unnest($1::text[], $2::text[]) AS k(collection, id)
       ON r.collection = k.collection AND r.id = k.id`,
    refsParams(refs),
  );
  return rows.map(toStored);
}

/** The answers recorded in rows of tables (by visit and item key prefix `group/rowId/`). */
export async function loadAnswersUnder(
  tx: Queryable,
  prefixes: readonly { visitId: string; prefix: string }[],
): Promise<StoredRecord[]> {
  if (prefixes.length === 0) return [];
  const rows = await tx.query<RecordRow>(
    `SELECT ${COLUMNS} FROM sync_records r
     JOIN unnest($1::uuid[], $2::text[]) AS p(visit_id, prefix)
       ON r.visit_id = p.visit_id AND starts_with(r.data ->> 'itemKey', p.prefix)
     WHERE r.collection = 'answers'`,
    [prefixes.map((p) => p.visitId), prefixes.map((p) => p.prefix)],
  );
  return rows.map(toStored);
}

/**
 * Takes the next version and writes the records back with it, in one
 * statement. The version's row lock is held until commit, so that a later
 * version is always committed later; every other push waits for it, so it is
 * taken by the push's last write, with nothing after it but the commit (as
 * two statements, the lock also waited for the server to send the second).
 * The stamps of fields this push wrote carry `pending` instead of the version
 * until then.
 *
 * `WHERE id` and `LIMIT 1` keep the planner's estimate at one counter row:
 * before sync_counter was first analyzed it guessed 2,200, costed the join
 * high enough for PostgreSQL's JIT to compile it, and every push spent
 * 130 ms doing so while it held the lock.
 */
export async function saveRecordsAsNextVersion(
  tx: Queryable,
  records: readonly StoredRecord[],
  pending: number,
): Promise<number> {
  const rows = records.map((record) => ({
    collection: record.collection,
    id: record.id,
    visit_id: record.visitId,
    data: record.data,
    stamps: record.stamps,
    deleted: record.deleted,
  }));
  const taken = await tx.query<{ version: string | number }>(
    `WITH next AS (UPDATE sync_counter SET version = version + 1 WHERE id RETURNING version),
     saved AS (
       INSERT INTO sync_records (collection, id, visit_id, version, data, stamps, deleted)
       SELECT x.collection, x.id, x.visit_id, n.version, x.data,
         (SELECT coalesce(jsonb_object_agg(s.key, CASE WHEN s.value -> 'v' = to_jsonb($2::bigint)
                  THEN jsonb_set(s.value, '{v}', to_jsonb(n.version)) ELSE s.value END), '{}')
          FROM jsonb_each(x.stamps) AS s),
         x.deleted
       FROM jsonb_to_recordset($1::jsonb)
         AS x(collection text, id text, visit_id uuid, data jsonb, stamps jsonb, deleted boolean),
         (SELECT version FROM next LIMIT 1) AS n
       ON CONFLICT (collection, id) DO UPDATE SET
         version = excluded.version, data = excluded.data,
         stamps = excluded.stamps, deleted = excluded.deleted
       RETURNING 1
     )
     SELECT version FROM next`,
    [JSON.stringify(rows), pending],
  );
  return Number(taken[0]?.version);
}

/** Gives every record of these visits the version `version`, so that pulls bring them again. */
export async function reversionVisits(
  tx: Queryable,
  visitIds: readonly string[],
  version: number,
): Promise<void> {
  if (visitIds.length === 0) return;
  await tx.query(
    // By uuid, not text: the visit's index finds its records instead of a scan of them all.
    'UPDATE sync_records SET version = $2 WHERE visit_id = ANY($1::uuid[]) AND version <> $2',
    [visitIds, version],
  );
}

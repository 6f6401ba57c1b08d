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

/** The visit of each record that exists (a record never moves to another visit). */
export async function visitsOfRecords(
  tx: Queryable,
  refs: readonly RecordRef[],
): Promise<Map<string, string>> {
  if (refs.length === 0) return new Map();
  const rows = await tx.query<{ collection: string; id: string; visit_id: string }>(
    `SELECT r.collection, r.id, r.visit_id FROM sync_records r
     JOIN unnest($1::text[], $2::text[]) AS k(collection, id)
       ON r.collection = k.collection AND r.id = k.id`,
    refsParams(refs),
  );
  return new Map(rows.map((row) => [`${row.collection}/${row.id}`, row.visit_id]));
}

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
     JOIN unnest($1::text[], $2::text[]) AS p(visit_id, prefix)
       ON r.visit_id::text = p.visit_id AND starts_with(r.data ->> 'itemKey', p.prefix)
     WHERE r.collection = 'answers'`,
    [prefixes.map((p) => p.visitId), prefixes.map((p) => p.prefix)],
  );
  return rows.map(toStored);
}

/** Writes records back, all with the push's version. */
export async function saveRecords(
  tx: Queryable,
  records: readonly StoredRecord[],
  version: number,
): Promise<void> {
  if (records.length === 0) return;
  const rows = records.map((record) => ({
    collection: record.collection,
    id: record.id,
    visit_id: record.visitId,
    data: record.data,
    stamps: record.stamps,
    deleted: record.deleted,
  }));
  await tx.query(
    `INSERT INTO sync_records (collection, id, visit_id, version, data, stamps, deleted)
     SELECT x.collection, x.id, x.visit_id, $2, x.data, x.stamps, x.deleted
     FROM jsonb_to_recordset($1::jsonb)
       AS x(collection text, id text, visit_id uuid, data jsonb, stamps jsonb, deleted boolean)
     ON CONFLICT (collection, id) DO UPDATE SET
       version = excluded.version, data = excluded.data,
       stamps = excluded.stamps, deleted = excluded.deleted`,
    [JSON.stringify(rows), version],
  );
}

/** Gives every record of these visits the version `version`, so that pulls bring them again. */
export async function reversionVisits(
  tx: Queryable,
  visitIds: readonly string[],
  version: number,
): Promise<void> {
  if (visitIds.length === 0) return;
  await tx.query(
    'UPDATE sync_records SET version = $2 WHERE visit_id::text = ANY($1::text[]) AND version <> $2',
    [visitIds, version],
  );
}

import type { PushResponse } from '../../shared/schemas/sync.ts';
import { syncCollectionSchema } from '../../shared/sync/collections.ts';
import type { RecordData } from '../../shared/sync/field-paths.ts';
import type { AppDatabase } from './app-database.ts';
import type { OutboxRow, RejectionRow } from './rows.ts';
import { applyServerRecords, latestCopies } from './sync-apply.ts';
import {
  localKeyOf,
  pendingFieldsOf,
  syncedTables,
  syncKey,
  tableOf,
  type PendingFields,
} from './synced-tables.ts';
import { visitOfOutboxRow } from './outbox-repository.ts';

/**
 * The oldest changes waiting for the server, with the versions their records
 * were last seen at. The last row is marked as on its way: a later edit of the
 * same record becomes a new change instead of merging into one the server may
 * already have applied.
 */
export async function takeOutboxBatch(
  db: AppDatabase,
  limit: number,
): Promise<{ rows: OutboxRow[]; seen: Map<string, Record<string, number>> }> {
  return db.transaction('rw', [db.outbox, db.syncState], async () => {
    const rows = await db.outbox.orderBy('seq').limit(limit).toArray();
    const last = rows.at(-1);
    if (last?.seq !== undefined && last.sent !== true) {
      await db.outbox.update(last.seq, { sent: true });
    }
    const keys = [...new Set(rows.map((row) => syncKey(row.table, row.entityId)))];
    const states = await db.syncState.bulkGet(keys);
    const seen = new Map<string, Record<string, number>>();
    states.forEach((state, index) => {
      const key = keys[index];
      if (state && key) seen.set(key, state.versions);
    });
    return { rows, seen };
  });
}

type PushResult = PushResponse['results'][number];

function rejectionOf(row: OutboxRow, result: PushResult, at: string): RejectionRow {
  return {
    mid: row.mutationId,
    visitId: visitOfOutboxRow(row) ?? null,
    collection: row.table,
    entityId: row.entityId,
    mutation: row.payload,
    problem: result.problem ?? { code: 'internal', message: '' },
    at,
  };
}

/**
 * A record the server refused and holds none of (a new answer in a visit
 * completed meanwhile on another tablet) leaves the device too, unless more of
 * it waits to be sent: the device holds what the server holds, and the refusal
 * keeps what was entered.
 */
async function dropRefusedRecords(
  db: AppDatabase,
  rows: readonly OutboxRow[],
  byMid: ReadonlyMap<number, PushResult>,
  pending: PendingFields,
): Promise<void> {
  for (const row of rows) {
    const result = byMid.get(row.mutationId);
    const gone = result?.status === 'rejected' && result.record === undefined;
    const key = syncKey(row.table, row.entityId);
    if (!gone || (row.op !== 'put' && row.op !== 'patch') || pending.has(key)) continue;
    const collection = syncCollectionSchema.parse(row.table);
    const local = localKeyOf(collection, row.entityId, row.payload as RecordData);
    await Promise.all([tableOf(db, collection).delete(local), db.syncState.delete(key)]);
  }
}

/**
 * Takes in the server's answer to a push, in one transaction: the rows it has
 * (applied, already applied, or refused) leave the outbox, refusals are kept
 * to be shown, and the records come back as the server now holds them.
 */
export async function acknowledgePush(
  db: AppDatabase,
  rows: readonly OutboxRow[],
  response: PushResponse,
  now: Date,
): Promise<{ rejected: number }> {
  return db.transaction('rw', [db.outbox, db.rejections, ...syncedTables(db)], async () => {
    const done = rows.filter((row) => row.mutationId <= response.lastMid);
    const byMid = new Map(response.results.map((result) => [result.mid, result]));
    const rejections = done.flatMap((row) => {
      const result = byMid.get(row.mutationId);
      return result?.status === 'rejected' ? [rejectionOf(row, result, now.toISOString())] : [];
    });
    await db.outbox.bulkDelete(done.flatMap((row) => (row.seq === undefined ? [] : [row.seq])));
    await db.rejections.bulkAdd(rejections);
    const pending = pendingFieldsOf(await db.outbox.toArray());
    const records = response.results.flatMap((result) => (result.record ? [result.record] : []));
    await applyServerRecords(db, latestCopies(records), pending);
    await dropRefusedRecords(db, done, byMid, pending);
    return { rejected: rejections.length };
  });
}

import type { SyncRecord } from '../../shared/schemas/sync.ts';
import { collectionRules } from '../../shared/sync/collections.ts';
import { getField, setField, type RecordData } from '../../shared/sync/field-paths.ts';
import type { AppDatabase } from './app-database.ts';
import { localKeyOf, syncKey, tableOf, type PendingFields } from './synced-tables.ts';

/** The latest copy of each record among several (push results repeat a record). */
export function latestCopies(records: readonly SyncRecord[]): SyncRecord[] {
  const byKey = new Map<string, SyncRecord>();
  for (const record of records) {
    const key = syncKey(record.collection, record.id);
    const known = byKey.get(key);
    if (!known || known.version <= record.version) byKey.set(key, record);
  }
  return [...byKey.values()];
}

/** The server's record with the device's values kept in the fields still waiting to be sent. */
async function mergeWithPending(
  db: AppDatabase,
  record: SyncRecord,
  data: RecordData,
  fields: Set<string>,
): Promise<void> {
  const table = tableOf(db, record.collection);
  const key = localKeyOf(record.collection, record.id, data);
  const [local, state] = await Promise.all([
    table.get(key) as Promise<RecordData | undefined>,
    db.syncState.get(syncKey(record.collection, record.id)),
  ]);
  let merged = data;
  const versions = { ...record.versions };
  for (const field of fields) {
    merged = setField(merged, field, local && getField(local, field));
    const seen = state?.versions[field];
    // The edit waiting to be sent was made on the version seen before: that stays its base.
    if (seen === undefined) versions[field] = 0;
    else versions[field] = seen;
  }
  await Promise.all([
    table.put(merged),
    db.syncState.put({ key: syncKey(record.collection, record.id), versions }),
  ]);
}

/**
 * Stores records as the server holds them, inside the caller's transaction
 * over the synced tables: whole where nothing waits to be sent, field by field
 * where something does, not at all where the device created or deleted the
 * record itself and has not sent that yet. Returns how many were unreadable
 * (skipped; a later version of the app reads them).
 */
export async function applyServerRecords(
  db: AppDatabase,
  records: readonly SyncRecord[],
  pending: PendingFields,
): Promise<number> {
  let unreadable = 0;
  for (const record of records) {
    const parsed = collectionRules[record.collection].schema.safeParse(record.data);
    if (!parsed.success) {
      unreadable += 1;
      continue;
    }
    const data = parsed.data as RecordData;
    const key = syncKey(record.collection, record.id);
    const mine = pending.get(key);
    if (mine === 'all') continue;
    const table = tableOf(db, record.collection);
    if (record.deleted) {
      if (mine) continue;
      await Promise.all([
        table.delete(localKeyOf(record.collection, record.id, data)),
        db.syncState.delete(key),
      ]);
    } else if (mine) {
      await mergeWithPending(db, record, data, mine);
    } else {
      await Promise.all([table.put(data), db.syncState.put({ key, versions: record.versions })]);
    }
  }
  return unreadable;
}

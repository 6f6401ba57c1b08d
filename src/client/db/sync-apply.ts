import type { Table } from 'dexie';
import type { SyncRecord } from '../../shared/schemas/sync.ts';
import { collectionRules, type SyncCollection } from '../../shared/sync/collections.ts';
import { getField, setField, type RecordData } from '../../shared/sync/field-paths.ts';
import type { AppDatabase } from './app-database.ts';
import type { SyncStateRow } from './rows.ts';
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

/** What becomes of one record on the device: the last that applies to it wins. */
type Write =
  | { kind: 'delete'; record: SyncRecord; localKey: unknown }
  | { kind: 'put'; record: SyncRecord; data: RecordData }
  | { kind: 'merge'; record: SyncRecord; data: RecordData; localKey: unknown; fields: Set<string> };

/** Per device table, what to delete and what to write, each in one bulk call. */
interface TableWrites {
  deletes: unknown[];
  puts: unknown[];
}

/**
 * What each record comes to, in the order given. A record's later copy
 * replaces an earlier one's write, except when it is itself skipped: that is
 * what writing them one by one would leave.
 */
function plannedWrites(
  records: readonly SyncRecord[],
  pending: PendingFields,
): { writes: Map<string, Write>; unreadable: number } {
  const writes = new Map<string, Write>();
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
    const localKey = localKeyOf(record.collection, record.id, data);
    if (record.deleted) {
      if (!mine) writes.set(key, { kind: 'delete', record, localKey });
    } else if (mine) {
      writes.set(key, { kind: 'merge', record, data, localKey, fields: mine });
    } else {
      writes.set(key, { kind: 'put', record, data });
    }
  }
  return { writes, unreadable };
}

/**
 * The server's records with the device's values kept in the fields still
 * waiting to be sent, read in one bulk call per table. Pending fields are never
 * written by the server's copies, so reading them before any write of this
 * batch reads what writing one by one would have read.
 */
async function mergedWithPending(
  db: AppDatabase,
  merges: readonly Extract<Write, { kind: 'merge' }>[],
): Promise<{ collection: SyncCollection; data: RecordData; state: SyncStateRow }[]> {
  const byCollection = new Map<SyncCollection, Extract<Write, { kind: 'merge' }>[]>();
  for (const merge of merges) {
    const list = byCollection.get(merge.record.collection) ?? [];
    list.push(merge);
    byCollection.set(merge.record.collection, list);
  }
  const locals = new Map<Write, RecordData | undefined>();
  for (const [collection, list] of byCollection) {
    const found = (await tableOf(db, collection).bulkGet(list.map((m) => m.localKey))) as (
      RecordData | undefined
    )[];
    list.forEach((merge, index) => locals.set(merge, found[index]));
  }
  const keys = merges.map((merge) => syncKey(merge.record.collection, merge.record.id));
  const states = await db.syncState.bulkGet(keys);
  return merges.map((merge, index) => {
    const local = locals.get(merge);
    let data = merge.data;
    const versions = { ...merge.record.versions };
    for (const field of merge.fields) {
      data = setField(data, field, local && getField(local, field));
      // The edit waiting to be sent was made on the version seen before: that stays its base.
      versions[field] = states[index]?.versions[field] ?? 0;
    }
    return {
      collection: merge.record.collection,
      data,
      state: { key: keys[index] ?? '', versions },
    };
  });
}

/**
 * Stores records as the server holds them, inside the caller's transaction
 * over the synced tables: whole where nothing waits to be sent, field by field
 * where something does, not at all where the device created or deleted the
 * record itself and has not sent that yet. Returns how many were unreadable
 * (skipped; a later version of the app reads them).
 *
 * A page of a thousand records is read and written with a few bulk calls per
 * table: one call per record costs Dexie a promise, a zone switch and change
 * tracking each, which were a third of a fresh device's pull in the sync
 * benchmark (now a twentieth).
 */
export async function applyServerRecords(
  db: AppDatabase,
  records: readonly SyncRecord[],
  pending: PendingFields,
): Promise<number> {
  const { writes, unreadable } = plannedWrites(records, pending);
  const byTable = new Map<SyncCollection, TableWrites>();
  const tableWrites = (collection: SyncCollection) => {
    const known = byTable.get(collection);
    if (known) return known;
    const created: TableWrites = { deletes: [], puts: [] };
    byTable.set(collection, created);
    return created;
  };
  const stateDeletes: string[] = [];
  const statePuts: SyncStateRow[] = [];
  const merges: Extract<Write, { kind: 'merge' }>[] = [];
  for (const [key, write] of writes) {
    if (write.kind === 'delete') {
      tableWrites(write.record.collection).deletes.push(write.localKey);
      stateDeletes.push(key);
    } else if (write.kind === 'put') {
      tableWrites(write.record.collection).puts.push(write.data);
      statePuts.push({ key, versions: write.record.versions });
    } else {
      merges.push(write);
    }
  }
  // Only awaited with reads in it: awaiting a promise that touches no table would lose
  // Dexie's hold on the transaction, which then commits before the writes below.
  const mergedRecords = merges.length > 0 ? await mergedWithPending(db, merges) : [];
  for (const merged of mergedRecords) {
    tableWrites(merged.collection).puts.push(merged.data);
    statePuts.push(merged.state);
  }
  const bulk = (table: Table, { deletes, puts }: TableWrites) =>
    Promise.all([
      deletes.length > 0 ? table.bulkDelete(deletes) : undefined,
      puts.length > 0 ? table.bulkPut(puts) : undefined,
    ]);
  await Promise.all([
    ...[...byTable].map(([collection, planned]) => bulk(tableOf(db, collection), planned)),
    bulk(db.syncState, { deletes: stateDeletes, puts: statePuts }),
  ]);
  return unreadable;
}

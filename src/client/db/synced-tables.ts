import type { Table } from 'dexie';
import type { SyncCollection } from '../../shared/sync/collections.ts';
import type { RecordData } from '../../shared/sync/field-paths.ts';
import type { AppDatabase } from './app-database.ts';
import type { OutboxRow } from './rows.ts';

/** The device table that holds each synced collection. */
export function tableOf(db: AppDatabase, collection: SyncCollection): Table {
  const tables: Record<SyncCollection, Table> = {
    visits: db.visits,
    answers: db.answers,
    rows: db.rows,
    actions: db.actions,
    attachments: db.attachments,
    conflicts: db.conflicts,
  };
  return tables[collection];
}

export const syncedTables = (db: AppDatabase): Table[] => [
  db.visits,
  db.answers,
  db.rows,
  db.actions,
  db.attachments,
  db.conflicts,
  db.syncState,
];

/** A record's key in its device table (answers are keyed by visit and item). */
export function localKeyOf(collection: SyncCollection, id: string, data: RecordData): unknown {
  return collection === 'answers' ? [data.visitId, data.itemKey] : id;
}

export const syncKey = (collection: string, id: string) => `${collection}/${id}`;

/** What a visit's status change touches on the device. */
const TRANSITION_FIELDS = ['status', 'history', 'acknowledgement'];

/**
 * The fields of each record that still have changes the server has not
 * acknowledged: a pull must not overwrite them. `all`: the record is new or
 * deleted on the device, and the server's copy waits until that is sent.
 */
export type PendingFields = Map<string, Set<string> | 'all'>;

export function pendingFieldsOf(rows: readonly OutboxRow[]): PendingFields {
  const pending: PendingFields = new Map();
  const add = (key: string, fields: readonly string[] | 'all') => {
    const known = pending.get(key);
    if (known === 'all') return;
    if (fields === 'all') pending.set(key, 'all');
    else pending.set(key, new Set([...(known ?? []), ...fields]));
  };
  for (const row of rows) {
    if (row.op === 'resolve') {
      const { conflictId } = row.payload as { conflictId: string };
      add(syncKey('conflicts', conflictId), 'all');
      continue;
    }
    const key = syncKey(row.table, row.entityId);
    if (row.op === 'transition') add(key, TRANSITION_FIELDS);
    else if (row.op === 'delete') add(key, 'all');
    else if (row.fields) add(key, row.fields);
    else if (row.op === 'patch') add(key, Object.keys(row.payload as object));
    else add(key, 'all');
  }
  return pending;
}

import Dexie, { type Transaction } from 'dexie';
import type { AppDatabase } from './app-database.ts';
import type { OutboxRow } from './rows.ts';
import { readSetting, writeSetting } from './settings-repository.ts';
import {
  NEXT_MUTATION_ID,
  outboxCursor,
  outboxWrite,
  type Change,
  type OutboxCursor,
} from './outbox-step.ts';

/** How many changes still wait for the server's acknowledgement. */
export function countUnsent(db: AppDatabase): Promise<number> {
  return db.outbox.count();
}

export type { Change } from './outbox-step.ts';

/** The transaction this code runs in; Dexie's types omit that outside one it is `null`. */
const currentTransaction = () => Dexie.currentTransaction as Transaction | null;

/** Per transaction, the cursor after the latest enqueue (each enqueue waits for the one before). */
const cursors = new WeakMap<Transaction, Promise<OutboxCursor>>();

async function readCursor(db: AppDatabase): Promise<OutboxCursor> {
  const [last, stored] = await Promise.all([
    db.outbox.orderBy('seq').last(),
    readSetting(db, NEXT_MUTATION_ID),
  ]);
  return outboxCursor(last, stored);
}

/**
 * Starts reading where the outbox stands as soon as a transaction begins, so
 * that its `enqueue` does not wait for that read: one round trip less on every
 * answer, which a tablet's slow CPU feels.
 */
export function primeOutbox(db: AppDatabase): void {
  const transaction = currentTransaction();
  if (!transaction || cursors.has(transaction)) return;
  const reading = readCursor(db);
  // A transaction that ends up enqueuing nothing never looks at it.
  reading.catch(() => undefined);
  cursors.set(transaction, reading);
}

async function append(
  db: AppDatabase,
  cursor: OutboxCursor,
  change: Change,
  now: Date,
): Promise<OutboxCursor> {
  const write = outboxWrite(cursor, change, now.toISOString());
  if (write.kind === 'replace') {
    await db.outbox.put(write.row);
    return { last: write.row, next: cursor.next };
  }
  const [seq] = await Promise.all([
    db.outbox.add(write.row),
    writeSetting(db, NEXT_MUTATION_ID, write.nextMutationId),
  ]);
  return {
    last: seq === undefined ? write.row : { ...write.row, seq },
    next: write.nextMutationId,
  };
}

/**
 * Records a change for the server, with the device's next contiguous mutation id.
 * Call it inside the transaction that makes the change (tables: outbox, settings),
 * so that the change and its outbox row are saved together or not at all.
 */
export async function enqueue(db: AppDatabase, change: Change, now: Date): Promise<void> {
  const transaction = currentTransaction();
  const before = (transaction && cursors.get(transaction)) ?? readCursor(db);
  const after = before.then((cursor) => append(db, cursor, change, now));
  if (transaction) cursors.set(transaction, after);
  await after;
}

/** The visit an outbox row belongs to, whichever record of the visit it changes. */
export function visitOfOutboxRow(row: OutboxRow): string | undefined {
  if (row.table === 'visits') return row.entityId;
  if (row.table === 'answers') return row.entityId.split(':')[0];
  const payload = row.payload as { visitId?: unknown } | null;
  return typeof payload?.visitId === 'string' ? payload.visitId : undefined;
}

/** Visits with changes the server has not acknowledged yet. */
export async function visitsWithUnsentChanges(db: AppDatabase): Promise<Set<string>> {
  const ids = new Set<string>();
  await db.outbox.each((row) => {
    const visitId = visitOfOutboxRow(row);
    if (visitId) ids.add(visitId);
  });
  return ids;
}

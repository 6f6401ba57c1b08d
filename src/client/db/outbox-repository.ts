import Dexie, { type Transaction } from 'dexie';
import type { AppDatabase } from './app-database.ts';
import type { OutboxRow } from './rows.ts';
import { readSetting, writeSetting } from './settings-repository.ts';

const NEXT_MUTATION_ID = 'nextMutationId';

/** How many changes still wait for the server's acknowledgement. */
export function countUnsent(db: AppDatabase): Promise<number> {
  return db.outbox.count();
}

export type Change = Pick<OutboxRow, 'table' | 'entityId' | 'op' | 'payload'>;

/** Where the outbox stands inside one transaction: its last row and the next mutation id. */
interface Cursor {
  last: OutboxRow | undefined;
  next: number;
}

/** The transaction this code runs in; Dexie's types omit that outside one it is `null`. */
const currentTransaction = () => Dexie.currentTransaction as Transaction | null;

/** Per transaction, the cursor after the latest enqueue (each enqueue waits for the one before). */
const cursors = new WeakMap<Transaction, Promise<Cursor>>();

async function readCursor(db: AppDatabase): Promise<Cursor> {
  const [last, stored] = await Promise.all([
    db.outbox.orderBy('seq').last(),
    readSetting(db, NEXT_MUTATION_ID),
  ]);
  return { last, next: typeof stored === 'number' ? stored : 1 };
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

async function append(db: AppDatabase, cursor: Cursor, change: Change, now: Date): Promise<Cursor> {
  const { last, next } = cursor;
  const createdAt = now.toISOString();
  // Typing a note writes on every keystroke: consecutive puts of one record stay one change.
  const same =
    last?.seq !== undefined &&
    change.op === 'put' &&
    last.op === 'put' &&
    last.table === change.table &&
    last.entityId === change.entityId;
  if (same) {
    await db.outbox.update(last.seq, { payload: change.payload, createdAt });
    return { last: { ...last, payload: change.payload, createdAt }, next };
  }
  const row: OutboxRow = { ...change, mutationId: next, createdAt };
  const [seq] = await Promise.all([
    db.outbox.add(row),
    writeSetting(db, NEXT_MUTATION_ID, next + 1),
  ]);
  return { last: seq === undefined ? row : { ...row, seq }, next: next + 1 };
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
function visitOf(row: OutboxRow): string | undefined {
  if (row.table === 'visits') return row.entityId;
  if (row.table === 'answers') return row.entityId.split(':')[0];
  const payload = row.payload as { visitId?: unknown } | null;
  return typeof payload?.visitId === 'string' ? payload.visitId : undefined;
}

/** Visits with changes the server has not acknowledged yet. */
export async function visitsWithUnsentChanges(db: AppDatabase): Promise<Set<string>> {
  const ids = new Set<string>();
  await db.outbox.each((row) => {
    const visitId = visitOf(row);
    if (visitId) ids.add(visitId);
  });
  return ids;
}

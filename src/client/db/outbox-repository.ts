import type { AppDatabase } from './app-database.ts';
import type { OutboxRow } from './rows.ts';
import { readSetting, writeSetting } from './settings-repository.ts';

const NEXT_MUTATION_ID = 'nextMutationId';

/** How many changes still wait for the server's acknowledgement. */
export function countUnsent(db: AppDatabase): Promise<number> {
  return db.outbox.count();
}

export type Change = Pick<OutboxRow, 'table' | 'entityId' | 'op' | 'payload'>;

/**
 * Records a change for the server, with the device's next contiguous mutation id.
 * Call it inside the transaction that makes the change (tables: outbox, settings),
 * so that the change and its outbox row are saved together or not at all.
 */
export async function enqueue(db: AppDatabase, change: Change, now: Date): Promise<void> {
  // Both reads at once, both writes at once: fewer round trips on every answer.
  const [last, stored] = await Promise.all([
    db.outbox.orderBy('seq').last(),
    readSetting(db, NEXT_MUTATION_ID),
  ]);
  // Typing a note writes on every keystroke: consecutive puts of one record stay one change.
  const same =
    last?.seq !== undefined &&
    change.op === 'put' &&
    last.op === 'put' &&
    last.table === change.table &&
    last.entityId === change.entityId;
  if (same) {
    await db.outbox.update(last.seq, { payload: change.payload, createdAt: now.toISOString() });
    return;
  }
  const mutationId = typeof stored === 'number' ? stored : 1;
  await Promise.all([
    db.outbox.add({ ...change, mutationId, createdAt: now.toISOString() }),
    writeSetting(db, NEXT_MUTATION_ID, mutationId + 1),
  ]);
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

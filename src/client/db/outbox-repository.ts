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
  // Typing a note writes on every keystroke: consecutive puts of one record stay one change.
  const last = await db.outbox.orderBy('seq').last();
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
  const stored = await readSetting(db, NEXT_MUTATION_ID);
  const mutationId = typeof stored === 'number' ? stored : 1;
  await db.outbox.add({ ...change, mutationId, createdAt: now.toISOString() });
  await writeSetting(db, NEXT_MUTATION_ID, mutationId + 1);
}

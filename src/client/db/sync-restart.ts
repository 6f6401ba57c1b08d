import type { AppDatabase } from './app-database.ts';
import { newId } from './ids.ts';
import { NEXT_MUTATION_ID } from './outbox-step.ts';
import type { OutboxRow } from './rows.ts';
import { writeSetting } from './settings-repository.ts';
import { SYNC_SETTINGS } from './sync-settings.ts';
import { pendingFieldsOf, syncKey, syncedTables } from './synced-tables.ts';

type Whole = Pick<OutboxRow, 'table' | 'entityId' | 'payload'>;

/** Every record on the device, whole, parents first: what a restored server may lack. */
async function everything(db: AppDatabase): Promise<Whole[]> {
  const [visits, rows, answers, actions, attachments] = await Promise.all([
    db.visits.toArray(),
    db.rows.toArray(),
    db.answers.toArray(),
    db.actions.toArray(),
    db.attachments.toArray(),
  ]);
  return [
    ...visits.map((v) => ({ table: 'visits', entityId: v.id, payload: v })),
    ...rows.map((r) => ({ table: 'rows', entityId: r.id, payload: r })),
    ...answers.map((a) => ({
      table: 'answers',
      entityId: `${a.visitId}:${a.itemKey}`,
      payload: a,
    })),
    ...actions.map((a) => ({ table: 'actions', entityId: a.id, payload: a })),
    ...attachments.map((a) => ({ table: 'attachments', entityId: a.id, payload: a })),
  ];
}

/**
 * The server is another one now (restored from a backup) or lost track of
 * this device: the device starts over as a new client. Its unsent changes are
 * numbered again from 1, everything else it holds is queued to be sent whole
 * (the server merges what it already has), and the next pull starts from the
 * beginning.
 */
export async function startOverWithServer(db: AppDatabase, epoch: string | null): Promise<void> {
  await db.transaction('rw', [db.outbox, db.settings, ...syncedTables(db)], async () => {
    const waiting = await db.outbox.orderBy('seq').toArray();
    let mid = 1;
    for (const row of waiting) {
      if (row.seq === undefined) continue;
      const { sent: _sent, ...rest } = row;
      await db.outbox.put({ ...rest, mutationId: mid });
      mid += 1;
    }
    const pending = pendingFieldsOf(waiting);
    const createdAt = new Date().toISOString();
    const resend = (await everything(db)).filter(
      (record) => pending.get(syncKey(record.table, record.entityId)) !== 'all',
    );
    await db.outbox.bulkAdd(
      resend.map((record, index) => ({
        ...record,
        op: 'put' as const,
        mutationId: mid + index,
        createdAt,
      })),
    );
    await db.syncState.clear();
    await writeSetting(db, NEXT_MUTATION_ID, mid + resend.length);
    await writeSetting(db, SYNC_SETTINGS.clientId, newId());
    await writeSetting(db, SYNC_SETTINGS.epoch, epoch);
    await db.settings.delete(SYNC_SETTINGS.cursor);
  });
}

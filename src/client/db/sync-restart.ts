import { answerRecordId } from '../../shared/checklist/answer-keys.ts';
import type { AppDatabase } from './app-database.ts';
import { newId } from './ids.ts';
import { NEXT_MUTATION_ID } from './outbox-step.ts';
import type { OutboxRow } from './rows.ts';
import { writeSetting } from './settings-repository.ts';
import { SYNC_SETTINGS } from './sync-settings.ts';
import { pendingFieldsOf, syncKey, syncedTables } from './synced-tables.ts';

type Resent = Pick<OutboxRow, 'table' | 'entityId' | 'op' | 'payload'>;

/**
 * Every record on the device, whole, parents first, and then each visit's
 * latest status change again: a status is never set by a put, and a restored
 * server may hold as a draft a visit the device knows completed (it answers a
 * change it already has as a repeat).
 */
async function everything(db: AppDatabase): Promise<Resent[]> {
  const [visits, rows, answers, actions, attachments] = await Promise.all([
    db.visits.toArray(),
    db.rows.toArray(),
    db.answers.toArray(),
    db.actions.toArray(),
    db.attachments.toArray(),
  ]);
  const whole = (table: string, entityId: string, payload: unknown): Resent => ({
    table,
    entityId,
    op: 'put',
    payload,
  });
  const statuses = visits.flatMap((visit): Resent[] => {
    const change = visit.history.at(-1);
    if (visit.status === 'draft' || !change) return [];
    const acknowledged =
      visit.status === 'completed' ? { acknowledgement: visit.acknowledgement } : {};
    return [
      {
        table: 'visits',
        entityId: visit.id,
        op: 'transition',
        payload: { change, ...acknowledged },
      },
    ];
  });
  return [
    ...visits.map((v) => whole('visits', v.id, v)),
    ...rows.map((r) => whole('rows', r.id, r)),
    ...answers.map((a) => whole('answers', answerRecordId(a.visitId, a.itemKey), a)),
    ...actions.map((a) => whole('actions', a.id, a)),
    ...attachments.map((a) => whole('attachments', a.id, a)),
    ...statuses,
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

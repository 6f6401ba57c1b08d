import { MAX_MUTATIONS_PER_PUSH } from '../../shared/schemas/sync.ts';
import { formatHlc, parseHlc, tick, type Hlc } from '../../shared/sync/hlc.ts';
import { postPush } from '../api/sync-api.ts';
import type { AppDatabase } from '../db/app-database.ts';
import { acknowledgePush, takeOutboxBatch } from '../db/sync-outbox.ts';
import { readSyncIdentity, writeSyncClock } from '../db/sync-settings.ts';
import { syncKey } from '../db/synced-tables.ts';
import { toMutation } from './outbox-mutations.ts';

/** Small enough for a weak connection, large enough that a day's work is a few requests. */
const BATCH = Math.min(200, MAX_MUTATIONS_PER_PUSH);

/** The device's clock, continued from where it was (its node is the device's client id). */
function deviceClock(stored: string | null, clientId: string): Hlc {
  const node = clientId.replaceAll('-', '');
  const parsed = stored === null ? null : parseHlc(stored);
  return parsed?.node === node ? parsed : { wall: 0, counter: 0, node };
}

/**
 * Sends the outbox in batches until it is empty. Each batch leaves the outbox
 * only once the server has answered for it; an answer lost on the way means
 * the batch is sent again and acknowledged as already applied.
 */
export async function pushChanges(
  db: AppDatabase,
  token: string,
): Promise<{ pushed: number; rejected: number }> {
  let pushed = 0;
  let rejected = 0;
  for (;;) {
    const { rows, seen } = await takeOutboxBatch(db, BATCH);
    if (rows.length === 0) return { pushed, rejected };
    const identity = await readSyncIdentity(db);
    let clock = deviceClock(identity.clock, identity.clientId);
    const mutations = rows.map((row) => {
      clock = tick(clock, Date.parse(row.createdAt));
      return toMutation(row, seen.get(syncKey(row.table, row.entityId)), formatHlc(clock));
    });
    await writeSyncClock(db, formatHlc(clock));
    const response = await postPush(token, {
      clientId: identity.clientId,
      epoch: identity.epoch,
      mutations,
    });
    const acknowledged = await acknowledgePush(db, rows, response, new Date());
    pushed += rows.length;
    rejected += acknowledged.rejected;
  }
}

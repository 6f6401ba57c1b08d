import type { AppDatabase } from './app-database.ts';
import { newId } from './ids.ts';
import { readSetting, writeSetting } from './settings-repository.ts';

/** Settings the sync keeps on the device. */
export const SYNC_SETTINGS = {
  clientId: 'sync.clientId',
  epoch: 'sync.epoch',
  cursor: 'sync.cursor',
  clock: 'sync.clock',
  lastSyncedAt: 'sync.lastSyncedAt',
} as const;

/** Who this device is to the server and where its pull stands. */
export interface SyncIdentity {
  clientId: string;
  /** The server's identity the device synced with last (null before its first sync). */
  epoch: string | null;
  cursor: string | null;
  /** The device's hybrid logical clock as last used. */
  clock: string | null;
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);

/** The device's sync identity; its client id is made on first use. */
export async function readSyncIdentity(db: AppDatabase): Promise<SyncIdentity> {
  return db.transaction('rw', db.settings, async () => {
    const [clientId, epoch, cursor, clock] = await Promise.all([
      readSetting(db, SYNC_SETTINGS.clientId),
      readSetting(db, SYNC_SETTINGS.epoch),
      readSetting(db, SYNC_SETTINGS.cursor),
      readSetting(db, SYNC_SETTINGS.clock),
    ]);
    const id = text(clientId) ?? newId();
    if (id !== clientId) await writeSetting(db, SYNC_SETTINGS.clientId, id);
    return { clientId: id, epoch: text(epoch), cursor: text(cursor), clock: text(clock) };
  });
}

export function writeSyncClock(db: AppDatabase, clock: string): Promise<void> {
  return writeSetting(db, SYNC_SETTINGS.clock, clock);
}

export function writeLastSyncedAt(db: AppDatabase, at: Date): Promise<void> {
  return writeSetting(db, SYNC_SETTINGS.lastSyncedAt, at.toISOString());
}

export async function readLastSyncedAt(db: AppDatabase): Promise<string | null> {
  return text(await readSetting(db, SYNC_SETTINGS.lastSyncedAt));
}

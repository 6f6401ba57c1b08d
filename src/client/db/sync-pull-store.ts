import type { PullResponse } from '../../shared/schemas/sync.ts';
import type { AppDatabase } from './app-database.ts';
import { writeSetting } from './settings-repository.ts';
import { applyServerRecords } from './sync-apply.ts';
import { SYNC_SETTINGS } from './sync-settings.ts';
import { pendingFieldsOf, syncedTables } from './synced-tables.ts';

/**
 * Stores a pulled page and the cursor after it in one transaction: a page is
 * either wholly taken in with its cursor or not at all, and asked for again.
 */
export async function storePulledPage(db: AppDatabase, page: PullResponse): Promise<number> {
  return db.transaction('rw', [db.outbox, db.settings, ...syncedTables(db)], async () => {
    const pending = pendingFieldsOf(await db.outbox.toArray());
    const unreadable = await applyServerRecords(db, page.records, pending);
    await writeSetting(db, SYNC_SETTINGS.cursor, page.cursor);
    await writeSetting(db, SYNC_SETTINGS.epoch, page.epoch);
    return unreadable;
  });
}

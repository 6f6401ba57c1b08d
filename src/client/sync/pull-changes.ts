import { postPull } from '../api/sync-api.ts';
import type { AppDatabase } from '../db/app-database.ts';
import { storePulledPage } from '../db/sync-pull-store.ts';
import { readSyncIdentity } from '../db/sync-settings.ts';

const PAGE = 1000;

/** Pulls every page after the device's cursor; `onPage` hears how many records came so far. */
export async function pullChanges(
  db: AppDatabase,
  token: string,
  onPage: (received: number) => void = () => undefined,
): Promise<number> {
  let received = 0;
  for (;;) {
    const identity = await readSyncIdentity(db);
    const page = await postPull(token, {
      clientId: identity.clientId,
      epoch: identity.epoch,
      cursor: identity.cursor,
      limit: PAGE,
    });
    await storePulledPage(db, page);
    received += page.records.length;
    onPage(received);
    if (!page.hasMore) return received;
  }
}

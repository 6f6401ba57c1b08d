import { postPull } from '../api/sync-api.ts';
import type { AppDatabase } from '../db/app-database.ts';
import { storePulledPage } from '../db/sync-pull-store.ts';
import { readSyncIdentity } from '../db/sync-settings.ts';

/**
 * Records per page. A page is stored in one transaction, which an answer
 * being saved meanwhile waits for: 2,000 pulled a little faster, and held it
 * up twice as long.
 */
const PAGE = 1000;

/**
 * Pulls every page after the device's cursor; `onPage` hears how many records
 * came so far. The next page is asked for (after the cursor this page ends
 * with) while this one is being stored: the server reads it and the network
 * carries it meanwhile, instead of a round trip of a school's mobile internet
 * between pages. Should storing fail, that answer is dropped, and the next
 * sync asks again from the cursor stored last.
 */
export async function pullChanges(
  db: AppDatabase,
  token: string,
  onPage: (received: number) => void = () => undefined,
): Promise<number> {
  const identity = await readSyncIdentity(db);
  const ask = (cursor: string | null, epoch: string | null) => {
    const answer = postPull(token, { clientId: identity.clientId, epoch, cursor, limit: PAGE });
    // Not left unhandled when storing the page before it fails.
    answer.catch(() => undefined);
    return answer;
  };
  let next = ask(identity.cursor, identity.epoch);
  let received = 0;
  for (;;) {
    const page = await next;
    if (page.hasMore) next = ask(page.cursor, page.epoch);
    await storePulledPage(db, page);
    received += page.records.length;
    onPage(received);
    if (!page.hasMore) return received;
  }
}

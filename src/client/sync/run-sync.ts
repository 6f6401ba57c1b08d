import { ApiError } from '../api/api-error.ts';
import type { AppDatabase } from '../db/app-database.ts';
import { markSignInNeeded, readSession, type LocalSession } from '../db/session-repository.ts';
import { refreshDistrictData } from './district-refresh.ts';
import { startOverWithServer } from '../db/sync-restart.ts';
import { readSyncIdentity, writeLastSyncedAt } from '../db/sync-settings.ts';
import { downloadPhotos, uploadPhotos } from './photo-transfer.ts';
import { pullChanges } from './pull-changes.ts';
import { pushChanges } from './push-changes.ts';

export interface SyncReport {
  pushed: number;
  rejected: number;
  pulled: number;
  photosUploaded: number;
  photosDownloaded: number;
}

/** Answers after which only a new sign-in lets this device talk to the server. */
const SIGN_IN_AGAIN = new Set(['unauthenticated', 'account_disabled']);

function epochIn(error: ApiError): string | null {
  const epoch = error.problem?.details?.epoch;
  return typeof epoch === 'string' ? epoch : null;
}

/**
 * What of the district's plan, checklists and names a sync refreshes: nothing
 * (the sync after a burst of answers), what is due (the plan, and hourly the
 * checklists and names), or all of it (at start, back online, from the button).
 */
export type DistrictRefresh = 'none' | 'due' | 'all';

async function exchange(
  db: AppDatabase,
  session: LocalSession,
  onPulled: (received: number) => void,
  district: DistrictRefresh,
): Promise<SyncReport> {
  const { token } = session;
  const { pushed, rejected } = await pushChanges(db, token);
  const pulled = await pullChanges(db, token, onPulled);
  // Text first: photos never hold back what was typed.
  const photosUploaded = await uploadPhotos(db, token);
  const photosDownloaded = await downloadPhotos(db, token);
  // The plan and the checklists ride along last; a failure here waits for the next sync.
  if (district !== 'none') {
    await refreshDistrictData(db, session, new Date(), district === 'all').catch(() => undefined);
  }
  await writeLastSyncedAt(db, new Date());
  return { pushed, rejected, pulled, photosUploaded, photosDownloaded };
}

/**
 * One full sync: changes out, the server's changes in, then photos. When the
 * server turns out to be another one (restored from a backup) or has lost
 * track of this device, the device starts over as a new client once, sending
 * all it holds.
 */
export async function runSync(
  db: AppDatabase,
  onPulled: (received: number) => void = () => undefined,
  district: DistrictRefresh = 'due',
): Promise<SyncReport | null> {
  const session = await readSession(db);
  if (!session || session.needsSignIn) return null;
  try {
    return await exchange(db, session, onPulled, district);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (SIGN_IN_AGAIN.has(error.code)) await markSignInNeeded(db);
    if (error.code !== 'epoch_changed' && error.code !== 'sync_gap') throw error;
    const epoch =
      error.code === 'epoch_changed' ? epochIn(error) : (await readSyncIdentity(db)).epoch;
    await startOverWithServer(db, epoch);
    return exchange(db, session, onPulled, district);
  }
}

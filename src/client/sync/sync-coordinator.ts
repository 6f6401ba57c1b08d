import type { DistrictRefresh } from './run-sync.ts';
import { failureCodeOf, type ApiFailureCode } from '../api/api-error.ts';
import { appDatabase } from '../db/app-database.ts';
import { createStore } from '../lib/create-store.ts';
import { checkForUpdate } from '../pwa/service-worker-state.ts';
import type { SyncReport } from './run-sync.ts';

export interface SyncState {
  running: boolean;
  /** Records received so far by the running pull (a new device's first one is long). */
  received: number;
  lastError: ApiFailureCode | null;
  lastReport: SyncReport | null;
  /** Automatic attempts wait this long after a failure (doubling, at most five minutes). */
  retryInMs: number;
}

export const syncState = createStore<SyncState>({
  running: false,
  received: 0,
  lastError: null,
  lastReport: null,
  retryInMs: 0,
});

const LOCK = 'inspektor-ezh-sync';
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 5 * 60_000;
let failures = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

function update(patch: Partial<SyncState>): void {
  syncState.set({ ...syncState.get(), ...patch });
}

/** Runs `work` if no other tab of this app is syncing (Web Locks); otherwise skips. */
async function inOneTab(work: () => Promise<void>): Promise<void> {
  if (!('locks' in navigator)) return work();
  await navigator.locks.request(LOCK, { ifAvailable: true }, async (lock) => {
    if (lock) await work();
  });
}

function scheduleRetry(): void {
  const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (failures - 1));
  update({ retryInMs: delay });
  clearTimeout(retryTimer);
  retryTimer = setTimeout(() => void syncNow('retry'), delay);
}

export type SyncReason = 'start' | 'change' | 'online' | 'interval' | 'button' | 'retry';

/** The sync after typing carries the typing only; the button, a start or the network's return bring the district's data anew. */
function districtRefreshOf(reason: SyncReason): DistrictRefresh {
  if (reason === 'change') return 'none';
  return reason === 'button' || reason === 'start' || reason === 'online' ? 'all' : 'due';
}

/**
 * Syncs now unless a sync is running here or in another tab. Automatic
 * attempts respect the back-off after failures; the button does not.
 */
export async function syncNow(reason: SyncReason): Promise<void> {
  if (syncState.get().running) return;
  if (reason !== 'button' && reason !== 'retry' && failures > 0 && retryTimer !== undefined) return;
  if (!navigator.onLine && reason !== 'button') return;
  clearTimeout(retryTimer);
  retryTimer = undefined;
  update({ running: true, received: 0 });
  try {
    await inOneTab(async () => {
      // The engine (and the schemas it checks answers with) loads on first use, not with the first screen.
      const { runSync } = await import('./run-sync.ts');
      const report = await runSync(
        appDatabase(),
        (received) => update({ received }),
        districtRefreshOf(reason),
      );
      failures = 0;
      update({ lastError: null, lastReport: report, retryInMs: 0 });
    });
  } catch (error) {
    failures += 1;
    const code = failureCodeOf(error);
    update({ lastError: code });
    // The outbox stays as it is; the new version, once found, offers itself through the update prompt.
    if (code === 'client_outdated') checkForUpdate();
    scheduleRetry();
  } finally {
    update({ running: false });
  }
}

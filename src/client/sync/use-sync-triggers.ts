import { useEffect, useSyncExternalStore } from 'react';
import { useUnsentCount } from '../db/live-queries.ts';
import { syncNow, syncState, type SyncState } from './sync-coordinator.ts';

/** After a change, wait this long: a burst of answers goes out as one push. */
const AFTER_CHANGE_MS = 2_000;
const WHILE_VISIBLE_MS = 60_000;

/**
 * Syncs at start, a couple of seconds after changes, when the network comes
 * back, and every minute while the app is on screen. Returns how many changes
 * wait (for the status line: one query of the outbox, not two, on every answer).
 */
export function useSyncTriggers(): number | undefined {
  const unsent = useUnsentCount();
  useEffect(() => {
    void syncNow('start');
    const online = () => void syncNow('online');
    window.addEventListener('online', online);
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void syncNow('interval');
    }, WHILE_VISIBLE_MS);
    return () => {
      window.removeEventListener('online', online);
      clearInterval(timer);
    };
  }, []);
  useEffect(() => {
    if (!unsent) return;
    const timer = setTimeout(() => void syncNow('change'), AFTER_CHANGE_MS);
    return () => clearTimeout(timer);
  }, [unsent]);
  return unsent;
}

export function useSyncState(): SyncState {
  return useSyncExternalStore(syncState.subscribe, syncState.get);
}

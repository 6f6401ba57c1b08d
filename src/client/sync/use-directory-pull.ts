import { useEffect, useSyncExternalStore } from 'react';
import { pullState, startDirectoryPull, type PullState } from './directory-pull-state.ts';

export type { PullState };

/** The directory pull's state; with `auto`, a pull starts on mount when the device is online. */
export function useDirectoryPull(auto: boolean): { state: PullState; pull: () => void } {
  const state = useSyncExternalStore(pullState.subscribe, pullState.get);
  useEffect(() => {
    if (auto && navigator.onLine) startDirectoryPull();
  }, [auto]);
  return { state, pull: startDirectoryPull };
}

import { useState } from 'react';
import type { EditOutcome } from '../../db/draft-edit.ts';
import { createStore, type Store } from '../../lib/create-store.ts';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/** What a screen's writes came to, and the way to follow one more. */
export interface WriteTracker {
  /** Read by the save status alone: a write re-renders it, not the whole screen. */
  state: Store<SaveState>;
  track: (write: Promise<EditOutcome>) => void;
}

function createWriteTracker(): WriteTracker {
  const state = createStore<SaveState>('idle');
  let pending = 0;
  let failed = false;
  const track = (write: Promise<EditOutcome>) => {
    pending += 1;
    if (state.get() !== 'saving') state.set('saving');
    write
      .then((outcome) => {
        if (outcome !== 'saved') failed = true;
      })
      .catch(() => {
        failed = true;
      })
      .finally(() => {
        pending -= 1;
        if (pending > 0) return;
        state.set(failed ? 'failed' : 'saved');
        failed = false;
      });
  };
  return { state, track };
}

/**
 * Follows the writes of a screen: «Сохранено» shows only after the last write
 * has been committed to IndexedDB; a refused or failed write says so.
 */
export function useWriteTracker(): WriteTracker {
  const [tracker] = useState(createWriteTracker);
  return tracker;
}

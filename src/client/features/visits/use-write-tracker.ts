import { useCallback, useRef, useState } from 'react';
import type { EditOutcome } from '../../db/draft-edit.ts';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Follows the writes of a screen: «Сохранено» shows only after the last write
 * has been committed to IndexedDB; a refused or failed write says so.
 */
export function useWriteTracker() {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef(0);
  const failed = useRef(false);

  const track = useCallback((write: Promise<EditOutcome>) => {
    pending.current += 1;
    setState('saving');
    write
      .then((outcome) => {
        if (outcome !== 'saved') failed.current = true;
      })
      .catch(() => {
        failed.current = true;
      })
      .finally(() => {
        pending.current -= 1;
        if (pending.current > 0) return;
        setState(failed.current ? 'failed' : 'saved');
        failed.current = false;
      });
  }, []);

  return { state, track };
}

import { useCallback, useRef, useState } from 'react';
import type { Answer } from '../../../shared/checklist/answer-schema.ts';
import { saveAnswer } from '../../db/answers-repository.ts';
import { appDatabase } from '../../db/app-database.ts';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * Writes each answer to IndexedDB at once. «Сохранено» shows only after the
 * last write has been committed; a failed write says so.
 */
export function useAnswerSaver(visitId: string) {
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef(0);
  const failed = useRef(false);

  const save = useCallback(
    (itemKey: string, answer: Answer) => {
      pending.current += 1;
      setState('saving');
      saveAnswer(appDatabase(), visitId, itemKey, answer, new Date())
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
    },
    [visitId],
  );

  return { state, save };
}

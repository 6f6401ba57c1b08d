import { createContext, useCallback, useContext, useMemo } from 'react';
import type { DefinitionIndex } from '../../../../shared/checklist/definition-index.ts';
import type { Conflict } from '../../../../shared/schemas/conflict.ts';
import { appDatabase } from '../../../db/app-database.ts';
import { resolveConflict, type ConflictChoice } from '../../../db/conflicts-repository.ts';
import type { EditOutcome } from '../../../db/draft-edit.ts';
import { useOpenConflicts } from '../../../db/live-queries.ts';
import { answerKeyOf } from './conflict-text.ts';

/** A visit's undecided conflicts and the way to decide one, for its panel and its questions. */
export interface VisitConflicts {
  all: readonly Conflict[];
  /** The conflicts about each answer, by its key (the question's path). */
  byAnswerKey: ReadonlyMap<string, readonly Conflict[]>;
  index: DefinitionIndex;
  readOnly: boolean;
  resolve: (conflictId: string, keep: ConflictChoice) => void;
}

export const VisitConflictsContext = createContext<VisitConflicts | null>(null);

const NONE: readonly Conflict[] = [];

export function useVisitConflicts(
  visitId: string,
  index: DefinitionIndex,
  readOnly: boolean,
  userId: string,
  track: (write: Promise<EditOutcome>) => void,
): VisitConflicts {
  const all = useOpenConflicts(visitId) ?? NONE;
  const resolve = useCallback(
    (conflictId: string, keep: ConflictChoice) =>
      track(resolveConflict(appDatabase(), conflictId, keep, userId, new Date())),
    [track, userId],
  );
  return useMemo(() => {
    const byAnswerKey = new Map<string, Conflict[]>();
    for (const conflict of all) {
      if (conflict.collection !== 'answers') continue;
      const key = answerKeyOf(conflict);
      byAnswerKey.set(key, [...(byAnswerKey.get(key) ?? []), conflict]);
    }
    return { all, byAnswerKey, index, readOnly, resolve };
  }, [all, index, readOnly, resolve]);
}

/** The conflicts about one question's answer (none outside a visit's screen). */
export function useAnswerConflicts(path: string): {
  conflicts: readonly Conflict[];
  context: VisitConflicts | null;
} {
  const context = useContext(VisitConflictsContext);
  return { conflicts: context?.byAnswerKey.get(path) ?? NONE, context };
}

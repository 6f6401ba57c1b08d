import { useLiveQuery } from 'dexie-react-hooks';
import type { School } from '../../shared/schemas/school.ts';
import type { Language } from '../i18n/languages.ts';
import { appDatabase } from './app-database.ts';
import { countUnsent } from './outbox-repository.ts';
import { directoryRefreshedAt, getSchool, listSchools } from './schools-repository.ts';
import { readSession, type LocalSession } from './session-repository.ts';
import { readLanguage } from './settings-repository.ts';
import { actionsOfVisit, actionsToFollowUp } from './actions-repository.ts';
import { loadAnswers } from './answers-repository.ts';
import { getVisit, listVisits } from './visits-repository.ts';
import type { Answers } from '../../shared/checklist/answer-schema.ts';
import type { CorrectiveAction, Visit } from '../../shared/schemas/visit.ts';

/** Hooks that re-render whenever the data behind them changes in IndexedDB. */

export function useSession(): LocalSession | undefined | null {
  return useLiveQuery(async () => (await readSession(appDatabase())) ?? null);
}

export function useSchools(): School[] | undefined {
  return useLiveQuery(() => listSchools(appDatabase()));
}

export function useSchool(id: string): School | undefined | null {
  return useLiveQuery(async () => (await getSchool(appDatabase(), id)) ?? null, [id]);
}

export function useDirectoryRefreshedAt(): string | undefined | null {
  return useLiveQuery(async () => (await directoryRefreshedAt(appDatabase())) ?? null);
}

export function useUnsentCount(): number | undefined {
  return useLiveQuery(() => countUnsent(appDatabase()));
}

export function useStoredLanguage(): Language | undefined {
  return useLiveQuery(() => readLanguage(appDatabase()));
}

export function useVisits(): Visit[] | undefined {
  return useLiveQuery(() => listVisits(appDatabase()));
}

export function useVisit(id: string): Visit | undefined | null {
  return useLiveQuery(async () => (await getVisit(appDatabase(), id)) ?? null, [id]);
}

export function useVisitAnswers(visitId: string): Answers | undefined {
  return useLiveQuery(() => loadAnswers(appDatabase(), visitId), [visitId]);
}

export function useVisitActions(visitId: string): CorrectiveAction[] | undefined {
  return useLiveQuery(() => actionsOfVisit(appDatabase(), visitId), [visitId]);
}

export function useActionsToFollowUp(
  schoolId: string,
  visitId: string,
): CorrectiveAction[] | undefined {
  return useLiveQuery(
    () => actionsToFollowUp(appDatabase(), schoolId, visitId),
    [schoolId, visitId],
  );
}

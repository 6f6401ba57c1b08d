import { useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { shareUnchanged } from '../../shared/checklist/share-unchanged.ts';
import type { School } from '../../shared/schemas/school.ts';
import type { User } from '../../shared/schemas/user.ts';
import { readAcknowledgementDraft, type AcknowledgementDraft } from './completion-repository.ts';
import type { Language } from '../i18n/languages.ts';
import { appDatabase } from './app-database.ts';
import { countUnsent, visitsWithUnsentChanges } from './outbox-repository.ts';
import { directoryRefreshedAt, getSchool, listSchools } from './schools-repository.ts';
import { readSession, type LocalSession } from './session-repository.ts';
import { readLanguage } from './settings-repository.ts';
import { countPhotosWaiting } from './photo-queue.ts';
import { readLastSyncedAt } from './sync-settings.ts';
import { useSettledCount } from './settled-count.ts';
import { actionsOfVisit, actionsToFollowUp } from './actions-repository.ts';
import { loadAnswers } from './answers-repository.ts';
import { getPhotoImage } from './attachments-repository.ts';
import { getVisit, listVisits } from './visits-repository.ts';
import type { Answers } from '../../shared/checklist/answer-schema.ts';
import type { CorrectiveAction, Visit } from '../../shared/schemas/visit.ts';
import type { Conflict } from '../../shared/schemas/conflict.ts';
import { openConflictsOf } from './conflicts-repository.ts';
import { rejectionsOf } from './rejections-repository.ts';
import type { RejectionRow } from './rows.ts';

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

const countUnsentHere = () => countUnsent(appDatabase());

/** How many changes wait to be sent; re-counted once a burst of changes pauses. */
export function useUnsentCount(): number | undefined {
  return useSettledCount(appDatabase(), 'outbox', countUnsentHere);
}

export function usePhotosWaiting(): number | undefined {
  return useLiveQuery(() => countPhotosWaiting(appDatabase()));
}

export function useLastSyncedAt(): string | null | undefined {
  return useLiveQuery(() => readLastSyncedAt(appDatabase()));
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

/** A visit's answers; what did not change since the last read keeps its object (cheap re-renders). */
export function useVisitAnswers(visitId: string): Answers | undefined {
  const shown = useRef<Answers>(undefined);
  return useLiveQuery(async () => {
    const answers = shareUnchanged(shown.current, await loadAnswers(appDatabase(), visitId));
    shown.current = answers;
    return answers;
  }, [visitId]);
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

/** People this device knows (the signed-in person, later the commission), by id. */
export function useKnownUsers(): ReadonlyMap<string, User> | undefined {
  return useLiveQuery(
    async () => new Map((await appDatabase().users.toArray()).map((u) => [u.id, u])),
  );
}

export function useAcknowledgementDraft(visitId: string): AcknowledgementDraft | undefined {
  return useLiveQuery(() => readAcknowledgementDraft(appDatabase(), visitId), [visitId]);
}

/** A stored photo by its SHA-256 (`null`: not on this device). */
export function usePhotoImage(sha256: string, size: 'full' | 'thumbnail'): Blob | undefined | null {
  return useLiveQuery(
    async () => (await getPhotoImage(appDatabase(), sha256, size)) ?? null,
    [sha256, size],
  );
}

export function useVisitsWithUnsentChanges(): ReadonlySet<string> | undefined {
  return useLiveQuery(() => visitsWithUnsentChanges(appDatabase()));
}

/** The visit's conflicts nobody has decided yet. */
export function useOpenConflicts(visitId: string): Conflict[] | undefined {
  return useLiveQuery(() => openConflictsOf(appDatabase(), visitId), [visitId]);
}

/** Changes of the visit the server refused, newest first. */
export function useVisitRejections(visitId: string): RejectionRow[] | undefined {
  return useLiveQuery(() => rejectionsOf(appDatabase(), visitId), [visitId]);
}

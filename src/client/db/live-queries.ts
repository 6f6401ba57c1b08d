import { useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { shareUnchanged } from '../../shared/checklist/share-unchanged.ts';
import type { School } from '../../shared/schemas/school.ts';
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
import { listVisits, visitsWithStatus } from './visits-repository.ts';
import type { Answers } from '../../shared/checklist/answer-schema.ts';
import type { CorrectiveAction, Visit } from '../../shared/schemas/visit.ts';
import type { Conflict } from '../../shared/schemas/conflict.ts';
import { openConflictsOf } from './conflicts-repository.ts';
import { rejectionsOf } from './rejections-repository.ts';
import type { RejectionRow } from './rows.ts';
import type { PlannedVisit } from '../../shared/schemas/plan.ts';
import type { Person } from '../../shared/schemas/person.ts';
import { getPlan, listPlans, visitsOfPlans } from './plans-repository.ts';
import { peopleById } from './people-repository.ts';
import { emptyReviewDraft, readReviewDraft, type ReviewDraft } from './review-repository.ts';

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
/** Everyone whose name this device knows: the district's people and those who signed in here. */
export function useKnownUsers(): ReadonlyMap<string, { fullName: string }> | undefined {
  return useLiveQuery(async () => {
    const db = appDatabase();
    const known = new Map<string, { fullName: string }>(await peopleById(db));
    for (const user of await db.users.toArray()) known.set(user.id, user);
    return known;
  });
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

export function usePlans(): PlannedVisit[] | undefined {
  return useLiveQuery(() => listPlans(appDatabase()));
}

/** The visit on this device started from each plan, by plan id. */
export function useVisitsOfPlans() {
  return useLiveQuery(() => visitsOfPlans(appDatabase()));
}

export function usePlan(id: string): PlannedVisit | undefined | null {
  return useLiveQuery(async () => (id ? ((await getPlan(appDatabase(), id)) ?? null) : null), [id]);
}

/** Names by person id. */
export function usePeople(): Map<string, Person> | undefined {
  return useLiveQuery(() => peopleById(appDatabase()));
}

/** The review being written of a visit; `null` (no review under way) reads nothing. */
export function useReviewDraft(visitId: string | null): ReviewDraft | undefined {
  return useLiveQuery(
    async () => (visitId === null ? emptyReviewDraft : readReviewDraft(appDatabase(), visitId)),
    [visitId],
  );
}

/** Visits by status, the most recently changed first: the review queue. */
export function useVisitsWithStatus(status: Visit['status']): Visit[] | undefined {
  return useLiveQuery(() => visitsWithStatus(appDatabase(), status), [status]);
}

/** Which of these visits this device holds (a dashboard links only to those). */
export function useVisitIdsOnDevice(ids: readonly string[]): ReadonlySet<string> | undefined {
  const key = ids.join(',');
  return useLiveQuery(async () => {
    const keys = key === '' ? [] : key.split(',');
    const found = await appDatabase().visits.bulkGet(keys);
    return new Set(found.flatMap((visit) => (visit ? [visit.id] : [])));
  }, [key]);
}

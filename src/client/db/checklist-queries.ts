import { useLiveQuery } from 'dexie-react-hooks';
import type { ChecklistDefinition } from '../../shared/checklist/definition-schema.ts';
import { appDatabase } from './app-database.ts';
import type { Visit } from '../../shared/schemas/visit.ts';
import { findChecklist, latestChecklists } from './checklists-repository.ts';
import { getVisit } from './visits-repository.ts';

/**
 * Live queries of checklist versions. Apart from live-queries.ts: they bring
 * the built-in templates (and zod) along, which only the screens of visits
 * need, not the first screen.
 */

/** A visit and the checklist version it is pinned to; `null` for what the device does not have. */
export interface VisitWithChecklist {
  visit: Visit | null;
  definition: ChecklistDefinition | null;
}

/**
 * A visit with its checklist version, in one query: the visit's screen waits
 * for one read, not for the visit and then, a render later, its checklist.
 */
export function useVisitWithChecklist(visitId: string): VisitWithChecklist | undefined {
  return useLiveQuery(async () => {
    const db = appDatabase();
    const visit = (await getVisit(db, visitId)) ?? null;
    const definition = visit
      ? ((await findChecklist(db, visit.checklistId, visit.checklistVersion)) ?? null)
      : null;
    return { visit, definition };
  }, [visitId]);
}

/** What new visits start on: the newest published version of each checklist. */
export function useLatestChecklists(): ChecklistDefinition[] | undefined {
  return useLiveQuery(() => latestChecklists(appDatabase()));
}

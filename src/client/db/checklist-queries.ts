import { useLiveQuery } from 'dexie-react-hooks';
import type { ChecklistDefinition } from '../../shared/checklist/definition-schema.ts';
import { appDatabase } from './app-database.ts';
import { findChecklist, latestChecklists } from './checklists-repository.ts';

/**
 * Live queries of checklist versions. Apart from live-queries.ts: they bring
 * the built-in templates (and zod) along, which only the screens of visits
 * need, not the first screen.
 */

/** The checklist version a visit is pinned to; `null` when the device does not have it. */
export function useChecklist(id: string, version: number): ChecklistDefinition | undefined | null {
  return useLiveQuery(
    async () => (await findChecklist(appDatabase(), id, version)) ?? null,
    [id, version],
  );
}

/** What new visits start on: the newest published version of each checklist. */
export function useLatestChecklists(): ChecklistDefinition[] | undefined {
  return useLiveQuery(() => latestChecklists(appDatabase()));
}

import { buildDashboard } from '../../shared/analytics/build-dashboard.ts';
import type { Dashboard } from '../../shared/analytics/dashboard-schema.ts';
import type { ChecklistDefinition } from '../../shared/checklist/definition-schema.ts';
import type { ResultsFilter } from '../../shared/schemas/results-filter.ts';
import { builtinChecklists } from '../../shared/templates/builtin-checklists.ts';
import type { Queryable } from '../db/port.ts';
import { findChecklistDefinition } from '../queries/checklist-versions.ts';
import { dashboardActions, dashboardResults } from '../queries/dashboard-results.ts';
import { toActionRows, toResultRows } from './dashboard-rows.ts';
import { todayInDistrict } from '../../shared/district-today.ts';

const builtinOrder = builtinChecklists.map((definition) => definition.id);

/** The built-in checklists in the order they are offered, then the others by id. */
function checklistRank(id: string): number {
  const at = builtinOrder.indexOf(id);
  return at === -1 ? builtinOrder.length : at;
}

/** The definitions of the checklist versions the results are on, for labels and order. */
async function definitionsOf(
  db: Queryable,
  versions: Iterable<{ checklistId: string; checklistVersion: number }>,
): Promise<ChecklistDefinition[]> {
  const keys = new Map<string, { id: string; version: number }>();
  for (const { checklistId, checklistVersion } of versions) {
    keys.set(`${checklistId}\u0000${String(checklistVersion)}`, {
      id: checklistId,
      version: checklistVersion,
    });
  }
  const found = await Promise.all(
    [...keys.values()].map(({ id, version }) => findChecklistDefinition(db, id, version)),
  );
  return found
    .filter((definition) => definition !== undefined)
    .sort(
      (a, b) =>
        checklistRank(a.id) - checklistRank(b.id) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) ||
        b.version - a.version,
    );
}

/**
 * The coordinator's district dashboard over the completed visits the filter
 * keeps: two queries (results, actions), the definitions of the versions
 * present, then the shared aggregation with the district's today.
 */
export async function districtDashboard(
  db: Queryable,
  filter: ResultsFilter,
  now: Date,
): Promise<Dashboard> {
  const [results, actions] = await Promise.all([
    dashboardResults(db, filter),
    dashboardActions(db, filter.schoolIds),
  ]);
  const rows = toResultRows(results);
  return buildDashboard({
    filter,
    rows,
    definitions: await definitionsOf(db, rows),
    actions: toActionRows(actions),
    today: todayInDistrict(now),
  });
}

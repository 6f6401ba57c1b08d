import type { ChecklistDefinition } from '../checklist/definition-schema.ts';
import { actionFigures } from './action-figures.ts';
import { catalogueOf } from './checklist-catalogue.ts';
import type { Dashboard } from './dashboard-schema.ts';
import { failingItems } from './failing-items.ts';
import { journalCompliance } from './journal-figures.ts';
import { latestResults } from './latest-results.ts';
import { quarterlyTrend } from './quarterly-trend.ts';
import type { ActionRow, ResultRow } from './result-row.ts';
import { latestPerSchool, selectResults, type ResultsSelection } from './select-results.ts';
import { selfAuditComparison } from './self-audit-comparison.ts';
import { staffFigures } from './staff-figures.ts';

/** How many items "the items that fail most" lists per checklist unless told. */
export const DEFAULT_FAILING_ITEMS = 10;

/** Everything the district dashboard is built from. */
export interface DashboardInput {
  filter: ResultsSelection;
  /** Completed and accepted visits' rows; rows outside the filter are left out again here. */
  rows: Iterable<ResultRow>;
  /** Checklist versions, for labels and the order of checklists. */
  definitions: readonly ChecklistDefinition[];
  /**
   * Corrective actions: the state as of `today`, whatever the period. Only the
   * filter's schools count.
   */
  actions: Iterable<ActionRow>;
  /** YYYY-MM-DD, in the district's time zone. */
  today: string;
  failingItemsLimit?: number;
}

function actionsOfSchools(actions: Iterable<ActionRow>, schoolIds: readonly string[]) {
  const schools = new Set(schoolIds);
  return [...actions].filter((a) => schools.size === 0 || schools.has(a.schoolId));
}

/**
 * The coordinator's district dashboard over the completed visits a filter
 * keeps: the colour table, the quarterly trend, the items failing most, ICT
 * skills, journal compliance, corrective actions, self-audit against inspection.
 * "Latest" is per school × checklist whatever the kind unless the filter names
 * one; a filter on one kind leaves no self-audit to compare with an inspection.
 */
export function buildDashboard(input: DashboardInput): Dashboard {
  const catalogue = catalogueOf(input.definitions);
  const rows = selectResults(input.rows, input.filter);
  const latest = latestPerSchool(rows);
  return {
    visits: rows.length,
    schools: new Set(rows.map((row) => row.schoolId)).size,
    latest: latestResults(latest, catalogue),
    trend: quarterlyTrend(rows, input.filter, catalogue),
    failingItems: failingItems(latest, catalogue, input.failingItemsLimit ?? DEFAULT_FAILING_ITEMS),
    staff: staffFigures(latest, catalogue),
    journals: journalCompliance(latest, catalogue),
    actions: actionFigures(actionsOfSchools(input.actions, input.filter.schoolIds), input.today),
    comparison: selfAuditComparison(rows, catalogue),
  };
}

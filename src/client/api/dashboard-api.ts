import { dashboardSchema, type Dashboard } from '../../shared/analytics/dashboard-schema.ts';
import type { ResultsFilter } from '../../shared/schemas/results-filter.ts';
import { apiRequest } from './api-request.ts';

/**
 * The results filter as a query string: the period, the schools as a comma
 * list (left out when all), the checklist and the kind when chosen.
 */
export function resultsFilterQuery(filter: ResultsFilter): URLSearchParams {
  const query = new URLSearchParams({ from: filter.from, to: filter.to });
  if (filter.schoolIds.length > 0) query.set('schoolIds', filter.schoolIds.join(','));
  if (filter.checklistId !== undefined) query.set('checklistId', filter.checklistId);
  if (filter.kind !== undefined) query.set('kind', filter.kind);
  return query;
}

/** The district dashboard over the completed visits the filter keeps. */
export function fetchDashboard(
  token: string,
  filter: ResultsFilter,
  signal?: AbortSignal,
): Promise<Dashboard> {
  return apiRequest(`/api/analytics/dashboard?${resultsFilterQuery(filter).toString()}`, {
    token,
    schema: dashboardSchema,
    ...(signal ? { signal } : {}),
  });
}

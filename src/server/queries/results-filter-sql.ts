import type { ResultsFilter } from '../../shared/schemas/results-filter.ts';

/**
 * The results a filter keeps, for every query that reads them (dashboard,
 * exports): `visit_results r` joined with `sync_visits v`, completed or
 * accepted visits only, and the filter's conditions as parameters $1–$5.
 */
export const FILTERED_RESULTS = `FROM visit_results r
  JOIN sync_visits v ON v.visit_id = r.visit_id
  WHERE v.status IN ('completed', 'accepted')
    AND r.visit_date BETWEEN $1::date AND $2::date
    AND (cardinality($3::uuid[]) = 0 OR r.school_id = ANY($3::uuid[]))
    AND ($4::text IS NULL OR r.checklist_id = $4::text)
    AND ($5::text IS NULL OR r.kind = $5::text)`;

/** The parameters $1–$5 of FILTERED_RESULTS. */
export const resultsFilterParams = (filter: ResultsFilter) => [
  filter.from,
  filter.to,
  filter.schoolIds,
  filter.checklistId ?? null,
  filter.kind ?? null,
];

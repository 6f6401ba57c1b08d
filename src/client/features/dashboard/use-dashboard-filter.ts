import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { resultsFilterSchema, type ResultsFilter } from '../../../shared/schemas/results-filter.ts';
import { resultsFilterQuery } from '../../api/dashboard-api.ts';
import { todayInDistrict } from '../../../shared/district-today.ts';
import { presetPeriod } from './period-presets.ts';

/** The filter the address names, or why it cannot be used. */
export type FilterFromAddress =
  { ok: true; filter: ResultsFilter; query: string } | { ok: false; message: string };

/** Reads the filter from a query string; without a period, the current school year. */
export function filterFromQuery(params: URLSearchParams, today: string): FilterFromAddress {
  const raw = Object.fromEntries(params);
  const defaults = presetPeriod('schoolYear', today);
  const parsed = resultsFilterSchema.safeParse({
    ...raw,
    from: raw.from ?? defaults.from,
    to: raw.to ?? defaults.to,
  });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? '' };
  return { ok: true, filter: parsed.data, query: resultsFilterQuery(parsed.data).toString() };
}

/**
 * The dashboard's filter kept in the address (`?from=…&to=…&schoolIds=…`):
 * the report and the exports open with the same figures, and a link can be sent.
 */
export function useDashboardFilter() {
  const [params, setParams] = useSearchParams();
  const today = todayInDistrict(new Date());
  const current = useMemo(() => filterFromQuery(params, today), [params, today]);
  const change = useCallback(
    (filter: ResultsFilter) => {
      setParams(resultsFilterQuery(filter));
    },
    [setParams],
  );
  /** What the form starts from when the address names no usable filter: the school year. */
  const fallback = useMemo(
    (): ResultsFilter => ({ ...presetPeriod('schoolYear', today), schoolIds: [] }),
    [today],
  );
  return { current, change, today, fallback };
}

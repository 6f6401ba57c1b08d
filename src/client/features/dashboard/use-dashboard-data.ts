import { useCallback, useEffect, useState } from 'react';
import type { Dashboard } from '../../../shared/analytics/dashboard-schema.ts';
import type { ResultsFilter } from '../../../shared/schemas/results-filter.ts';
import { fetchDashboard, resultsFilterQuery } from '../../api/dashboard-api.ts';

interface Loaded {
  /** The filter (as a query string) and the attempt the answer is for. */
  key: string;
  attempt: number;
  dashboard: Dashboard | undefined;
  failure: unknown;
}

/** What the screen knows of the figures for a filter. */
export interface DashboardData {
  /** `undefined` until the server has answered for this filter. */
  dashboard: Dashboard | undefined;
  failure: unknown;
  loading: boolean;
  retry: () => void;
}

/**
 * The district's figures for a filter, asked again when the filter or the
 * token changes, when the network comes back, and on `retry`. Pass a filter
 * whose object changes only with its content (memoised).
 */
export function useDashboardData(
  token: string | undefined,
  filter: ResultsFilter | undefined,
  online: boolean,
): DashboardData {
  const key = filter === undefined ? '' : resultsFilterQuery(filter).toString();
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (token === undefined || filter === undefined || !online) return;
    const controller = new AbortController();
    fetchDashboard(token, filter, controller.signal).then(
      (dashboard) => {
        if (controller.signal.aborted) return;
        setLoaded({ key, attempt, dashboard, failure: undefined });
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setLoaded({ key, attempt, dashboard: undefined, failure });
      },
    );
    return () => {
      controller.abort();
    };
  }, [token, filter, key, attempt, online]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const fresh = loaded?.key === key ? loaded : undefined;
  return {
    dashboard: fresh?.dashboard,
    failure: fresh?.failure,
    loading: online && token !== undefined && filter !== undefined && fresh?.attempt !== attempt,
    retry,
  };
}

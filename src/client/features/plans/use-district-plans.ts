import { useCallback, useEffect, useState } from 'react';
import type { PlannedVisit } from '../../../shared/schemas/plan.ts';
import { fetchPlans } from '../../api/plans-api.ts';
import type { DateRange } from './plan-period.ts';

interface Loaded {
  /** The range and the attempt the answer is for. */
  key: string;
  attempt: number;
  plans: PlannedVisit[] | undefined;
  failure: unknown;
}

/** What the plan screen knows of the district's plans in a range, read from the server. */
export interface DistrictPlans {
  /** `undefined` until the server has answered for this range. */
  plans: PlannedVisit[] | undefined;
  /** The last request's failure; plans shown before it stay on screen. */
  failure: unknown;
  loading: boolean;
  reload: () => void;
  /** Puts the server's answer to a change in place without asking again. */
  replace: (plan: PlannedVisit) => void;
}

/**
 * The district's plans between two dates, asked again when the range or the
 * token changes, when the network comes back, and on `reload`.
 */
export function useDistrictPlans(
  token: string | undefined,
  range: DateRange,
  online: boolean,
): DistrictPlans {
  const key = `${range.from}/${range.to}`;
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (token === undefined || !online) return;
    let current = true;
    const [from = '', to = ''] = key.split('/');
    fetchPlans(token, { from, to }).then(
      (plans) => {
        if (current) setLoaded({ key, attempt, plans, failure: undefined });
      },
      (failure: unknown) => {
        if (!current) return;
        setLoaded((before) => ({
          key,
          attempt,
          plans: before?.key === key ? before.plans : undefined,
          failure,
        }));
      },
    );
    return () => {
      current = false;
    };
  }, [token, key, attempt, online]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((plan: PlannedVisit) => {
    setLoaded((before) =>
      before?.plans
        ? { ...before, plans: before.plans.map((p) => (p.id === plan.id ? plan : p)) }
        : before,
    );
  }, []);
  const fresh = loaded?.key === key ? loaded : undefined;
  return {
    plans: fresh?.plans,
    failure: fresh?.failure,
    loading: online && token !== undefined && fresh?.attempt !== attempt,
    reload,
    replace,
  };
}

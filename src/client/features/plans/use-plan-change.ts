import { useState } from 'react';
import type { PlannedVisit, PlannedVisitChange } from '../../../shared/schemas/plan.ts';
import { changePlan } from '../../api/plans-api.ts';
import { useRequest } from '../../lib/use-request.ts';

/** Changes of one plan on the server, one at a time, and the sentence after the last success. */
export function usePlanChange(
  token: string,
  plan: PlannedVisit,
  onChanged: (plan: PlannedVisit, message: string) => void,
) {
  const request = useRequest();
  const [done, setDone] = useState<string | undefined>();
  const change = async (patch: PlannedVisitChange, message: string): Promise<boolean> => {
    setDone(undefined);
    const changed = await request.run(() => changePlan(token, plan.id, patch));
    if (!changed) return false;
    setDone(message);
    onChanged(changed, message);
    return true;
  };
  return { request, done, change };
}

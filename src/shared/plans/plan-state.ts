import type { PlannedVisit } from '../schemas/plan.ts';

/** Where a planned visit stands, as both the coordinator and the inspector see it. */
export type PlanState =
  'planned' | 'overdue' | 'in_progress' | 'returned' | 'completed' | 'accepted' | 'cancelled';

type PlanFacts = Pick<PlannedVisit, 'plannedOn' | 'cancelled'> & {
  visit: Pick<NonNullable<PlannedVisit['visit']>, 'status'> | null;
};

/**
 * A plan is overdue once its day has passed (`today` is the district's local
 * date) and no visit from it has been completed: not started, or still being
 * filled in, or returned for correction.
 */
export function planState(plan: PlanFacts, today: string): PlanState {
  if (plan.cancelled) return 'cancelled';
  const status = plan.visit?.status;
  if (status === 'completed' || status === 'accepted') return status;
  if (plan.plannedOn < today) return 'overdue';
  if (status === 'returned') return 'returned';
  return status === 'draft' ? 'in_progress' : 'planned';
}

/** Whether the plan still asks for someone to go. */
export function isOpenPlan(state: PlanState): boolean {
  return (
    state === 'planned' || state === 'overdue' || state === 'in_progress' || state === 'returned'
  );
}

import { planState, type PlanState } from '../../../shared/plans/plan-state.ts';
import type { PlannedVisit } from '../../../shared/schemas/plan.ts';

/** A plan and where it stands today. */
export interface PlanEntry {
  plan: PlannedVisit;
  state: PlanState;
}

/** What the coordinator narrows the plan to; an empty string means «all». */
export interface PlanFilter {
  schoolId: string;
  inspectorId: string;
  state: PlanState | '';
}

export const noFilter: PlanFilter = { schoolId: '', inspectorId: '', state: '' };

function matches(entry: PlanEntry, filter: PlanFilter): boolean {
  const { plan, state } = entry;
  return (
    (filter.schoolId === '' || plan.schoolId === filter.schoolId) &&
    (filter.inspectorId === '' || plan.inspectorIds.includes(filter.inspectorId)) &&
    (filter.state === '' || state === filter.state)
  );
}

/** The plans with their state on the district's `today`, filtered, by date. */
export function planEntries(
  plans: readonly PlannedVisit[],
  today: string,
  filter: PlanFilter,
): PlanEntry[] {
  return plans
    .map((plan) => ({ plan, state: planState(plan, today) }))
    .filter((entry) => matches(entry, filter))
    .sort((a, b) => a.plan.plannedOn.localeCompare(b.plan.plannedOn));
}

/** Entries grouped by their date, dates in order. */
export function entriesByDate(entries: readonly PlanEntry[]): Map<string, PlanEntry[]> {
  const days = new Map<string, PlanEntry[]>();
  for (const entry of entries) {
    const day = days.get(entry.plan.plannedOn);
    if (day) day.push(entry);
    else days.set(entry.plan.plannedOn, [entry]);
  }
  return days;
}

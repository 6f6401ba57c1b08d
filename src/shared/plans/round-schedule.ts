import type { PlannedVisitInput, RoundRequest } from '../schemas/plan.ts';
import { workingDays } from './working-days.ts';

/** A school to visit in the round and the inspectors who may go there. */
export interface RoundSchool {
  id: string;
  name: string;
  inspectorIds: readonly string[];
}

export interface RoundSchedule {
  plans: PlannedVisitInput[];
  issues: { schoolId: string; message: string }[];
}

/** Of the inspectors who may go, the one with the fewest visits in the round, free that day if possible. */
function pickInspector(
  candidates: readonly string[],
  load: Map<string, number>,
  busy: ReadonlySet<string>,
): string | undefined {
  const byLoad = [...candidates].sort(
    (a, b) => (load.get(a) ?? 0) - (load.get(b) ?? 0) || a.localeCompare(b),
  );
  return byLoad.find((id) => !busy.has(id)) ?? byLoad[0];
}

/**
 * Plans a monitoring round: each school is visited once, on a working day of
 * the period, for every checklist of the round on that one day; the schools
 * are spread evenly over the days, at most `perDay` a day; each visit goes to
 * the least loaded inspector who covers the school (or one of those asked
 * for), preferring one not already out that day. Schools that cannot be
 * planned are listed with the reason.
 */
export function scheduleRound(
  request: RoundRequest,
  schools: readonly RoundSchool[],
): RoundSchedule {
  const days = workingDays(request.from, request.to);
  const issues: RoundSchedule['issues'] = [];
  const capacity = days.length * request.perDay;
  const plannable: RoundSchool[] = [];
  for (const school of schools) {
    const candidates = request.inspectorIds.length > 0 ? request.inspectorIds : school.inspectorIds;
    if (candidates.length === 0) {
      issues.push({
        schoolId: school.id,
        message: `За школой «${school.name}» не закреплён ни один проверяющий`,
      });
    } else if (plannable.length >= capacity) {
      issues.push({
        schoolId: school.id,
        message: `Для школы «${school.name}» не хватило рабочих дней периода`,
      });
    } else plannable.push({ ...school, inspectorIds: candidates });
  }
  const load = new Map<string, number>();
  const busyOn = new Map<string, Set<string>>();
  const plans: PlannedVisitInput[] = [];
  plannable.forEach((school, index) => {
    const day = days[Math.floor((index * days.length) / plannable.length)] ?? request.from;
    const busy = busyOn.get(day) ?? new Set<string>();
    busyOn.set(day, busy);
    const inspector = pickInspector(school.inspectorIds, load, busy);
    if (inspector === undefined) return;
    busy.add(inspector);
    load.set(inspector, (load.get(inspector) ?? 0) + 1);
    for (const checklistId of request.checklistIds) {
      plans.push({
        schoolId: school.id,
        checklistId,
        kind: 'inspection',
        plannedOn: day,
        inspectorIds: [inspector],
        round: request.round,
        note: '',
      });
    }
  });
  return { plans, issues };
}

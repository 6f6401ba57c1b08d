import { addDays } from '../../shared/plans/working-days.ts';
import type { Queryable } from '../db/port.ts';
import { replaceSchoolsOfInspector } from '../queries/inspector-schools.ts';
import { insertPlans, listPlans } from '../queries/planned-visits.ts';
import { newId } from './ids.ts';

interface DemoTeam {
  coordinatorId: string;
  /** The two demo inspectors, each covering half of the schools. */
  inspectorIds: readonly [string, string];
  schoolIds: readonly string[];
}

/**
 * The demo district's working group: each inspector covers half of the
 * schools, and the first one has two visits planned, one a week overdue and
 * one next week, so that a first look at the app shows the plan at work.
 * Plans are added once: a later demo start leaves them as they are.
 */
export async function seedDemoPlan(tx: Queryable, team: DemoTeam, today: string): Promise<void> {
  const half = Math.ceil(team.schoolIds.length / 2);
  const [first, second] = team.inspectorIds;
  await replaceSchoolsOfInspector(tx, first, team.schoolIds.slice(0, half));
  await replaceSchoolsOfInspector(tx, second, team.schoolIds.slice(half));
  if ((await listPlans(tx, { inspectorId: first })).length > 0) return;
  const plan = (schoolId: string | undefined, plannedOn: string, checklistId: string) => ({
    id: newId(),
    createdBy: team.coordinatorId,
    schoolId: schoolId ?? '',
    checklistId,
    kind: 'inspection' as const,
    plannedOn,
    inspectorIds: [first],
    round: 'Мониторинг ведения электронных журналов',
    note: '',
  });
  await insertPlans(tx, [
    plan(team.schoolIds[1], addDays(today, -7), 'journal-compliance'),
    plan(team.schoolIds[2], addDays(today, 7), 'readiness'),
  ]);
}

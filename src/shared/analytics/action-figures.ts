import type { ActionCounts, ActionFigures } from './dashboard-schema.ts';
import type { ActionRow } from './result-row.ts';
import { compareText } from './tallies.ts';

const none = (): ActionCounts => ({ open: 0, overdue: 0, done: 0, notDone: 0 });

/** Open with a deadline before `today`: on the deadline day itself it is not yet overdue. */
export function isOverdue(action: Pick<ActionRow, 'status' | 'deadline'>, today: string): boolean {
  return action.status === 'open' && action.deadline !== '' && action.deadline < today;
}

function add(counts: ActionCounts, action: ActionRow, today: string): void {
  if (action.status === 'done') counts.done += 1;
  else if (action.status === 'not_done') counts.notDone += 1;
  else {
    counts.open += 1;
    if (isOverdue(action, today)) counts.overdue += 1;
  }
}

/** Corrective actions open, overdue and closed (done, not done), district-wide and per school. */
export function actionFigures(actions: Iterable<ActionRow>, today: string): ActionFigures {
  const district = none();
  const bySchool = new Map<string, ActionCounts>();
  for (const action of actions) {
    add(district, action, today);
    let school = bySchool.get(action.schoolId);
    if (!school) {
      school = none();
      bySchool.set(action.schoolId, school);
    }
    add(school, action, today);
  }
  return {
    district,
    schools: [...bySchool]
      .map(([schoolId, counts]) => ({ schoolId, ...counts }))
      .sort(
        (a, b) => b.overdue - a.overdue || b.open - a.open || compareText(a.schoolId, b.schoolId),
      ),
  };
}

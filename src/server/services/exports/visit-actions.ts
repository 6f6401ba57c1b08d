import { correctiveActionSchema, type CorrectiveAction } from '../../../shared/schemas/visit.ts';
import type { Queryable } from '../../db/port.ts';
import { actionsOfVisits } from '../../queries/export-records.ts';

/** The corrective actions agreed at each of these visits, in the order they were added. */
export async function actionsByVisit(
  db: Queryable,
  visitIds: readonly string[],
): Promise<Map<string, CorrectiveAction[]>> {
  const byVisit = new Map<string, CorrectiveAction[]>();
  for (const record of await actionsOfVisits(db, visitIds)) {
    const parsed = correctiveActionSchema.safeParse(record.data);
    if (!parsed.success) continue;
    const list = byVisit.get(record.visitId);
    if (list) list.push(parsed.data);
    else byVisit.set(record.visitId, [parsed.data]);
  }
  for (const list of byVisit.values()) {
    list.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }
  return byVisit;
}

import type { VisitStatus } from '../../shared/schemas/visit.ts';
import type { PlannedVisit } from '../../shared/schemas/plan.ts';
import type { AppDatabase } from './app-database.ts';
import { sameRecords } from './same-records.ts';

/** What the server sent replaces the device's copy, written only when it differs (live queries stay quiet). */
export async function replacePlans(db: AppDatabase, plans: readonly PlannedVisit[]): Promise<void> {
  await db.transaction('rw', db.plans, async () => {
    if (sameRecords(await db.plans.toArray(), plans)) return;
    await db.plans.clear();
    await db.plans.bulkPut([...plans]);
  });
}

/** This person's planned visits on the device, by date. */
export function listPlans(db: AppDatabase): Promise<PlannedVisit[]> {
  return db.plans.orderBy('plannedOn').toArray();
}

export function getPlan(db: AppDatabase, id: string): Promise<PlannedVisit | undefined> {
  return db.plans.get(id);
}

/** The visits on this device started from each plan (a plan's visit may not have reached the server yet). */
export async function visitsOfPlans(
  db: AppDatabase,
): Promise<Map<string, { id: string; status: VisitStatus }>> {
  const visits = await db.visits.where('planId').above('').toArray();
  return new Map(
    visits.flatMap((v) => (v.planId ? [[v.planId, { id: v.id, status: v.status }]] : [])),
  );
}

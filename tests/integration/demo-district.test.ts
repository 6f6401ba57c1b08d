import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/port.ts';
import { listCoverage } from '../../src/server/queries/inspector-schools.ts';
import { listPlans } from '../../src/server/queries/planned-visits.ts';
import { findUserForLogin } from '../../src/server/queries/users.ts';
import { seedDemoDistrict } from '../../src/server/services/seed-demo-district.ts';
import { planState } from '../../src/shared/plans/plan-state.ts';
import { testDatabases } from '../fixtures/test-databases.ts';

const pglite = testDatabases[0]!;

describe('the demo district', () => {
  let db: Db;
  beforeAll(async () => {
    db = await pglite.open();
  });
  afterAll(async () => {
    await db.close();
  });

  it('gives its inspectors half of the schools each and the first one an overdue and a coming visit, once', async () => {
    const now = new Date('2026-11-23T09:00:00Z');
    await seedDemoDistrict(db, 'Proverka-2026', now);
    await seedDemoDistrict(db, 'Proverka-2026', now);
    const first = await findUserForLogin(db, 'inspektor');
    const second = await findUserForLogin(db, 'inspektor2');
    const coverage = await listCoverage(db);
    const covered = (id: string | undefined) => coverage.filter((c) => c.userId === id).length;
    expect([covered(first?.id), covered(second?.id)]).toEqual([5, 5]);
    const plans = await listPlans(db, { inspectorId: first?.id ?? '' });
    expect(plans.map((p) => [p.plannedOn, planState(p, '2026-11-23')])).toEqual([
      ['2026-11-16', 'overdue'],
      ['2026-11-30', 'planned'],
    ]);
  });
});

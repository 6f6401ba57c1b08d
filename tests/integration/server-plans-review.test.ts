import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/port.ts';
import { backfillVisitResults } from '../../src/server/services/visit-results.ts';
import { plannedVisitListSchema, type PlannedVisit } from '../../src/shared/schemas/plan.ts';
import { visitSchema } from '../../src/shared/schemas/visit.ts';
import {
  answerPut,
  createVisit,
  latest,
  newVisit,
  TestDevice,
  transition,
} from '../fixtures/sync-client.ts';
import { testAppForThisFile } from '../fixtures/test-app.ts';
import { testDatabases } from '../fixtures/test-databases.ts';
import { addSchool, addUser } from '../fixtures/users.ts';

describe.each(testDatabases)('visit plan, review and results on $name', ({ open }) => {
  let db: Db;
  let app: FastifyInstance;
  let schoolId: string;
  let coordinator: TestDevice;
  let inspector: TestDevice;

  const server = testAppForThisFile(open);
  beforeAll(async () => {
    ({ db, app } = server);
    schoolId = await addSchool(db, { name: 'МБОУ «Школа № 7»', shortName: 'Школа № 7' });
    coordinator = await TestDevice.signIn(app, await addUser(db, 'coordinator'));
    inspector = await TestDevice.signIn(app, await addUser(db, 'inspector'));
  });

  async function plansOf(device: TestDevice, query = ''): Promise<PlannedVisit[]> {
    const reply = await device.call('GET', `/api/plans${query}`);
    expect(reply.statusCode).toBe(200);
    return plannedVisitListSchema.parse(reply.json()).plans;
  }

  async function plan(plannedOn: string) {
    const reply = await coordinator.call('POST', '/api/plans', {
      schoolId,
      checklistId: 'readiness',
      plannedOn,
      inspectorIds: [inspector.user.id],
      note: 'Взять акт прошлой проверки',
    });
    expect(reply.statusCode).toBe(201);
    return reply.json<PlannedVisit>();
  }

  async function resultOf(visitId: string) {
    const rows = await db.query<{ percent: number | null; level: string | null; summary: unknown }>(
      'SELECT percent, level, summary FROM visit_results WHERE visit_id = $1',
      [visitId],
    );
    return rows[0];
  }

  it('plans a visit the inspector sees, and links the visit started from it', async () => {
    const planned = await plan('2026-10-05');
    expect(planned).toMatchObject({ kind: 'inspection', cancelled: false, visit: null });
    const mine = await plansOf(inspector);
    expect(mine.map((p) => p.id)).toContain(planned.id);
    const other = await TestDevice.signIn(app, await addUser(db, 'inspector'));
    expect((await plansOf(other)).map((p) => p.id)).not.toContain(planned.id);

    const visit = newVisit(inspector.user, schoolId, { planId: planned.id });
    const pushed = await inspector.change(createVisit(visit));
    expect(pushed.results[0]?.status).toBe('applied');
    const after = (await plansOf(coordinator, '?from=2026-10-01&to=2026-10-31')).find(
      (p) => p.id === planned.id,
    );
    expect(after?.visit).toEqual({ id: visit.id, status: 'draft', authorId: inspector.user.id });
  });

  it('refuses a visit that names a plan the server does not have', async () => {
    const visit = newVisit(inspector.user, schoolId, {
      planId: '0193f1e2-0000-7000-8000-000000000000',
    });
    const pushed = await inspector.change(createVisit(visit));
    expect(pushed.results[0]).toMatchObject({ status: 'rejected', problem: { code: 'not_found' } });
  });

  it('keeps plans to coordinators: an inspector may not plan, and a bad plan is refused in Russian', async () => {
    const byInspector = await inspector.call('POST', '/api/plans', {
      schoolId,
      checklistId: 'readiness',
      plannedOn: '2026-10-05',
      inspectorIds: [inspector.user.id],
    });
    expect(byInspector.statusCode).toBe(403);
    const nobody = await coordinator.call('POST', '/api/plans', {
      schoolId,
      checklistId: 'readiness',
      plannedOn: '2026-10-05',
    });
    expect(nobody.statusCode).toBe(400);
    expect(JSON.stringify(nobody.json())).toContain('Назначьте хотя бы одного проверяющего');
    const unknown = await coordinator.call('POST', '/api/plans', {
      schoolId,
      checklistId: 'no-such-list',
      plannedOn: '2026-10-05',
      inspectorIds: [inspector.user.id],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ message: string }>().message).toBe(
      'Нет опубликованной версии этого чек-листа',
    );
  });

  it('moves and cancels a plan, but not one already carried out', async () => {
    const planned = await plan('2026-11-02');
    const moved = await coordinator.call('PATCH', `/api/plans/${planned.id}`, {
      plannedOn: '2026-11-09',
    });
    expect(moved.json<PlannedVisit>().plannedOn).toBe('2026-11-09');
    const cancelled = await coordinator.call('PATCH', `/api/plans/${planned.id}`, {
      cancelled: true,
    });
    expect(cancelled.json<PlannedVisit>().cancelled).toBe(true);
    expect((await plansOf(inspector)).map((p) => p.id)).not.toContain(planned.id);

    const started = await plan('2026-11-03');
    await inspector.change(createVisit(newVisit(inspector.user, schoolId, { planId: started.id })));
    const refused = await coordinator.call('PATCH', `/api/plans/${started.id}`, {
      cancelled: true,
    });
    expect(refused.statusCode).toBe(409);
  });

  it('plans a round over the schools the inspectors cover', async () => {
    const second = await addSchool(db, { name: 'МБОУ «Лицей № 2»', shortName: 'Лицей № 2' });
    const nobodys = await addSchool(db, { name: 'МБОУ «Школа № 9»', shortName: 'Школа № 9' });
    await db.query('INSERT INTO inspector_schools (user_id, school_id) VALUES ($1, $2), ($1, $3)', [
      inspector.user.id,
      schoolId,
      second,
    ]);
    const request = {
      round: 'Своевременность оценок за I четверть',
      from: '2026-10-19',
      to: '2026-10-23',
      schoolIds: [schoolId, second, nobodys],
      checklistIds: ['journal-compliance'],
      perDay: 1,
    };
    const preview = await coordinator.call('POST', '/api/plans/round/preview', request);
    expect(preview.statusCode).toBe(200);
    const before = (await plansOf(coordinator, '?from=2026-10-19&to=2026-10-23')).length;
    expect(before).toBe(0);
    const created = await coordinator.call('POST', '/api/plans/round', request);
    expect(created.statusCode).toBe(201);
    expect(created.json<{ issues: { message: string }[] }>().issues).toEqual([
      { schoolId: nobodys, message: 'За школой «Школа № 9» не закреплён ни один проверяющий' },
    ]);
    const round = await plansOf(coordinator, '?from=2026-10-19&to=2026-10-23');
    expect(round.map((p) => [p.plannedOn, p.round, p.inspectorIds])).toEqual([
      ['2026-10-19', request.round, [inspector.user.id]],
      ['2026-10-21', request.round, [inspector.user.id]],
    ]);
  });

  it('returns a completed visit with remarks per question; it is corrected, completed and accepted', async () => {
    const visit = newVisit(inspector.user, schoolId);
    await inspector.change(
      createVisit(visit),
      answerPut(visit.id, 'classroom_internet', { value: 'no' }),
      transition(visit.id, 'completed'),
    );
    const first = await resultOf(visit.id);
    expect(first?.summary).toMatchObject({ items: { classroom_internet: 0 } });

    const bare = await coordinator.change(transition(visit.id, 'returned'));
    expect(bare.results[0]).toMatchObject({
      status: 'rejected',
      problem: { code: 'validation_failed' },
    });
    const comments = [{ itemKey: 'classroom_internet', text: 'Проверьте кабинеты 2-го этажа' }];
    const returned = await coordinator.change(
      transition(visit.id, 'returned', 'Уточните ответы', comments),
    );
    expect(returned.results[0]?.status).toBe('applied');

    const seen = visitSchema.parse(latest(await inspector.pull()).get(`visits/${visit.id}`)?.data);
    expect(seen.status).toBe('returned');
    expect(seen.history.at(-1)).toMatchObject({
      by: coordinator.user.id,
      from: 'completed',
      to: 'returned',
      note: 'Уточните ответы',
      comments,
    });

    const base = { value: 0 };
    const fixed = await inspector.change(
      answerPut(visit.id, 'classroom_internet', { value: 'yes' }, base),
      transition(visit.id, 'completed'),
    );
    expect(fixed.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect((await resultOf(visit.id))?.summary).toMatchObject({ items: { classroom_internet: 1 } });

    const accepted = await coordinator.change(transition(visit.id, 'accepted', 'Принято'));
    expect(accepted.results[0]?.status).toBe('applied');
    const final = visitSchema.parse(latest(await inspector.pull()).get(`visits/${visit.id}`)?.data);
    expect(final.history.map((h) => [h.from, h.to])).toEqual([
      ['draft', 'completed'],
      ['completed', 'returned'],
      ['returned', 'completed'],
      ['completed', 'accepted'],
    ]);
    const byInspector = await inspector.change(transition(visit.id, 'draft'));
    expect(byInspector.results[0]).toMatchObject({ status: 'rejected' });
  });

  it('gives visits completed before results existed their results when asked to catch up', async () => {
    const visit = newVisit(inspector.user, schoolId);
    await inspector.change(
      createVisit(visit),
      answerPut(visit.id, 'classroom_internet', { value: 'partly' }),
      transition(visit.id, 'completed'),
    );
    await db.query('DELETE FROM visit_results WHERE visit_id = $1', [visit.id]);
    expect(await resultOf(visit.id)).toBeUndefined();
    expect(await backfillVisitResults(db)).toBeGreaterThanOrEqual(1);
    expect((await resultOf(visit.id))?.summary).toMatchObject({
      items: { classroom_internet: 0.5 },
    });
    expect(await backfillVisitResults(db)).toBe(0);
  });
});

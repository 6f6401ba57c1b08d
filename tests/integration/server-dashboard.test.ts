import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/port.ts';
import { dashboardSchema, type Dashboard } from '../../src/shared/analytics/dashboard-schema.ts';
import { rowAnswerKey } from '../../src/shared/checklist/answer-keys.ts';
import type { User } from '../../src/shared/schemas/user.ts';
import type { Visit } from '../../src/shared/schemas/visit.ts';
import {
  answerPut,
  createVisit,
  newVisit,
  TestDevice,
  transition,
  type Change,
} from '../fixtures/sync-client.ts';
import { startTestApp } from '../fixtures/test-app.ts';
import { testDatabases } from '../fixtures/test-databases.ts';
import { addSchool, addUser } from '../fixtures/users.ts';

/**
 * 22:30 UTC on 20 November is already 21 November in Simferopol (UTC+3): an
 * action due on the 20th is overdue by the district's date, not by UTC's.
 */
const NOW = new Date('2026-11-20T22:30:00Z');
const AUTUMN = { from: '2026-09-01', to: '2026-12-31' };
const TWO_THIRDS = 200 / 3;

function actionPut(visit: Visit, deadline: string, status = 'open'): Change {
  const id = randomUUID();
  const at = new Date().toISOString();
  return {
    op: 'put',
    collection: 'actions',
    id,
    fields: {
      id,
      visitId: visit.id,
      schoolId: visit.schoolId,
      what: 'Провести интернет в кабинеты',
      responsible: 'Завхоз',
      deadline,
      status,
      comment: '',
      followedUpIn: null,
      createdAt: at,
      updatedAt: at,
    },
    base: {},
  };
}

function sampleRow(visitId: string, answers: Record<string, unknown>): Change[] {
  const id = randomUUID();
  const row: Change = {
    op: 'put',
    collection: 'rows',
    id,
    fields: { id, visitId, group: 'journal_sample', position: 0, createdAt: NOW.toISOString() },
    base: {},
  };
  const puts = Object.entries(answers).map(([key, value]) =>
    answerPut(visitId, rowAnswerKey('journal_sample', id, key), { value }),
  );
  return [row, ...puts];
}

/** A readiness visit answering the internet (weight 2) and, when given, the printer (weight 1). */
function readiness(visit: Visit, internet: string, printer?: string): Change[] {
  return [
    createVisit(visit),
    answerPut(visit.id, 'classroom_internet', { value: internet }),
    ...(printer === undefined ? [] : [answerPut(visit.id, 'report_printer', { value: printer })]),
  ];
}

async function pushAll(device: TestDevice, ...changes: Change[]) {
  const response = await device.change(...changes);
  const refused = response.results.filter((result) => result.status !== 'applied');
  if (refused.length > 0) throw new Error(`push refused: ${JSON.stringify(refused)}`);
}

describe.each(testDatabases)('the district dashboard on $name', ({ open }) => {
  let db: Db;
  let app: FastifyInstance;
  let north: string;
  let south: string;
  let coordinator: TestDevice;
  const visits = new Map<string, Visit>();

  async function seed() {
    north = await addSchool(db, { name: 'МБОУ «Северная школа»', shortName: 'Северная' });
    south = await addSchool(db, { name: 'МБОУ «Южная гимназия»', shortName: 'Южная' });
    const inspector = await TestDevice.signIn(app, await addUser(db, 'inspector'));
    const deputy = await TestDevice.signIn(app, await addUser(db, 'school', { schoolId: north }));
    coordinator = await TestDevice.signIn(app, await addUser(db, 'coordinator'));
    const visit = (
      name: string,
      user: User,
      schoolId: string,
      date: string,
      checklistId = 'readiness',
    ) => {
      const made = newVisit(user, schoolId, { checklistId, date });
      visits.set(name, made);
      return made;
    };
    const n1 = visit('n1', inspector.user, north, '2026-09-20');
    const n2 = visit('n2', inspector.user, north, '2026-10-15');
    const n3 = visit('n3', deputy.user, north, '2026-10-20');
    const nOld = visit('nOld', inspector.user, north, '2026-08-10');
    const s1 = visit('s1', inspector.user, south, '2026-10-05');
    const s2 = visit('s2', inspector.user, south, '2026-11-02', 'journal-compliance');
    const sDraft = visit('sDraft', inspector.user, south, '2026-11-05');
    const sReturned = visit('sReturned', inspector.user, south, '2026-11-10');
    await pushAll(inspector, ...readiness(n1, 'no'), transition(n1.id, 'completed'));
    await pushAll(
      inspector,
      ...readiness(n2, 'yes', 'no'),
      actionPut(n2, '2026-11-20'),
      transition(n2.id, 'completed'),
    );
    await pushAll(deputy, ...readiness(n3, 'yes', 'yes'), transition(n3.id, 'completed'));
    await pushAll(inspector, ...readiness(nOld, 'yes', 'yes'), transition(nOld.id, 'completed'));
    await pushAll(
      inspector,
      ...readiness(s1, 'partly', 'yes'),
      actionPut(s1, '2026-10-01', 'done'),
      actionPut(s1, '2026-12-01'),
      transition(s1.id, 'completed'),
    );
    await pushAll(
      inspector,
      createVisit(s2),
      ...sampleRow(s2.id, {
        journal_class: '7Б',
        journal_subject: 'Математика',
        journal_teacher: 'Иванова А. П.',
        period_from: '2026-10-01',
        period_to: '2026-10-14',
        lessons_by_timetable: 10,
        lessons_marked_held: 10,
        lessons_with_topic: 9,
        lessons_with_homework: 8,
        marks_recorded: 'partly',
        late_entries: 2,
      }),
      transition(s2.id, 'completed'),
    );
    await pushAll(inspector, ...readiness(sDraft, 'no'), actionPut(sDraft, '2026-10-01'));
    await pushAll(
      inspector,
      ...readiness(sReturned, 'no', 'no'),
      transition(sReturned.id, 'completed'),
    );
    const comments = [{ itemKey: 'classroom_internet', text: 'Перепроверьте кабинеты' }];
    await pushAll(coordinator, transition(sReturned.id, 'returned', 'Уточните', comments));
  }

  beforeAll(async () => {
    db = await open();
    ({ app } = await startTestApp(db, { now: () => NOW, env: { LOGIN_RATE_LIMIT: '1000' } }));
    await seed();
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  const id = (name: string) => visits.get(name)?.id;

  async function dashboard(filter: Record<string, string>, device = coordinator) {
    const query = new URLSearchParams({ schoolIds: `${north},${south}`, ...filter });
    const reply = await device.call('GET', `/api/analytics/dashboard?${query.toString()}`);
    expect(reply.statusCode, reply.body.slice(0, 300)).toBe(200);
    return dashboardSchema.parse(reply.json());
  }

  it('gives each school’s latest level, the quarterly trend and the items failing most', async () => {
    const figures = await dashboard(AUTUMN);
    // n1, n2, n3, s1, s2: the August visit is outside, the draft and the returned one do not count.
    expect([figures.visits, figures.schools]).toEqual([5, 2]);
    const cells = figures.latest.map((cell) => ({
      school: cell.schoolId === north ? 'north' : 'south',
      checklist: cell.checklistId,
      visit: cell.visitId,
      kind: cell.kind,
      level: cell.level,
    }));
    expect(cells).toEqual(
      expect.arrayContaining([
        {
          school: 'north',
          checklist: 'readiness',
          visit: id('n3'),
          kind: 'self_audit',
          level: 'optimal',
        },
        {
          school: 'south',
          checklist: 'readiness',
          visit: id('s1'),
          kind: 'inspection',
          level: 'basic',
        },
        {
          school: 'south',
          checklist: 'journal-compliance',
          visit: id('s2'),
          kind: 'inspection',
          level: expect.any(String) as string,
        },
      ]),
    );
    expect(cells).toHaveLength(3);
    const southReadiness = figures.latest.find((c) => c.visitId === id('s1'));
    expect(southReadiness?.percent).toBeCloseTo(TWO_THIRDS, 9);

    expect(figures.trend.quarters).toEqual([
      { year: 2026, quarter: 3 },
      { year: 2026, quarter: 4 },
    ]);
    const trend = figures.trend.series.find((s) => s.checklistId === 'readiness');
    // Q3: north's 0 %. Q4: north's latest (the self-audit, 100 %) and south's 66,7 %.
    expect(trend?.points.map((p) => [p.schools, p.levels])).toEqual([
      [1, { optimal: 0, desirable: 0, basic: 0, insufficient: 1 }],
      [2, { optimal: 1, desirable: 0, basic: 1, insufficient: 0 }],
    ]);
    expect(trend?.points[0]?.meanPercent).toBe(0);
    expect(trend?.points[1]?.meanPercent).toBeCloseTo((100 + TWO_THIRDS) / 2, 9);

    // Latest readiness: north 1 and 1, south 0,5 and 1 — only the internet fails, in one school of two.
    const failing = figures.failingItems.find((f) => f.checklistId === 'readiness');
    expect(failing?.items).toEqual([
      {
        itemKey: 'classroom_internet',
        label: 'Интернет в учебных кабинетах',
        sectionKey: 'technical_base',
        sectionTitle: 'Техническая база',
        failedSchools: 1,
        scoredSchools: 2,
        share: 0.5,
      },
    ]);
  });

  it('adds up journal fill rates, corrective actions by the district’s date, and self-audit against inspection', async () => {
    const figures = await dashboard(AUTUMN);
    const journals = figures.journals.find((j) => j.checklistId === 'journal-compliance');
    const rates = Object.fromEntries(journals?.district.fields.map((f) => [f.field, f.rate]) ?? []);
    expect(rates).toMatchObject({ held: 1, topic: 0.9, homework: 0.8, marks: 0.5 });
    expect(journals?.district.timeliness).toEqual({ late: 2, lessons: 10, rate: 0.8 });

    // North: open, due 20.11 — overdue on 21.11 in Simferopol. South: one done, one due 01.12.
    // The draft's action does not count.
    expect(figures.actions.district).toEqual({ open: 2, overdue: 1, done: 1, notDone: 0 });
    expect(figures.actions.schools).toEqual([
      { schoolId: north, open: 1, overdue: 1, done: 0, notDone: 0 },
      { schoolId: south, open: 1, overdue: 0, done: 1, notDone: 0 },
    ]);

    // North's self-audit (1, 1) against its inspection (1, 0): one item agreed, the printer over-rated.
    expect(figures.comparison.pairs).toEqual([
      expect.objectContaining({
        schoolId: north,
        checklistId: 'readiness',
        selfAudit: { visitId: id('n3'), date: '2026-10-20', percent: 100 },
        itemsCompared: 2,
        itemsAgreed: 1,
        agreement: 0.5,
        overRated: [
          {
            itemKey: 'report_printer',
            label: 'Есть принтер для печати отчётов из журнала',
            selfScore: 1,
            inspectorScore: 0,
          },
        ],
      }),
    ]);
  });

  it.each([
    {
      narrowing: 'to inspections',
      filter: { ...AUTUMN, kind: 'inspection' },
      visits: ['n1', 'n2', 's1', 's2'],
      northLevel: 'basic',
      pairs: 0,
    },
    {
      narrowing: 'to October',
      filter: { from: '2026-10-01', to: '2026-10-31' },
      visits: ['n2', 'n3', 's1'],
      northLevel: 'optimal',
      pairs: 1,
    },
    {
      narrowing: 'to the journal checklist',
      filter: { ...AUTUMN, checklistId: 'journal-compliance' },
      visits: ['s2'],
      northLevel: undefined,
      pairs: 0,
    },
  ])('narrows $narrowing', async ({ filter, visits: kept, northLevel, pairs }) => {
    const figures = await dashboard(filter);
    expect(figures.visits).toBe(kept.length);
    const north_ = figures.latest.find(
      (c) => c.schoolId === north && c.checklistId === 'readiness',
    );
    expect(north_?.level).toBe(northLevel);
    const shown = new Set(figures.latest.map((cell) => cell.visitId));
    for (const visitId of shown) expect(kept.map(id)).toContain(visitId);
    expect(figures.comparison.pairs).toHaveLength(pairs);
  });

  it('narrows to one school: its visits and its actions only', async () => {
    const figures: Dashboard = await dashboard({ ...AUTUMN, schoolIds: south });
    expect([figures.visits, figures.schools]).toEqual([2, 1]);
    expect(figures.latest.every((cell) => cell.schoolId === south)).toBe(true);
    expect(figures.actions.district).toEqual({ open: 1, overdue: 0, done: 1, notDone: 0 });
  });

  it('is for the district only: inspectors and schools are refused, strangers asked to sign in', async () => {
    const query = `/api/analytics/dashboard?from=${AUTUMN.from}&to=${AUTUMN.to}`;
    for (const role of ['inspector', 'school'] as const) {
      const device = await TestDevice.signIn(app, await addUser(db, role));
      const reply = await device.call('GET', query);
      expect(reply.statusCode).toBe(403);
      expect(reply.json()).toMatchObject({ code: 'forbidden' });
    }
    const admin = await TestDevice.signIn(app, await addUser(db, 'admin'));
    expect((await admin.call('GET', query)).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: query })).statusCode).toBe(401);
  });

  it('refuses a period that ends before it starts, in Russian', async () => {
    const reply = await coordinator.call(
      'GET',
      '/api/analytics/dashboard?from=2026-12-31&to=2026-09-01',
    );
    expect(reply.statusCode).toBe(400);
    expect(reply.json()).toMatchObject({
      code: 'validation_failed',
      details: { issues: [{ path: 'query.to', message: 'Начало периода позже его конца' }] },
    });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDashboard, type DashboardInput } from '../../src/shared/analytics/build-dashboard.ts';
import { dashboardSchema } from '../../src/shared/analytics/dashboard-schema.ts';
import type { ActionRow, ResultRow } from '../../src/shared/analytics/result-row.ts';
import type { VisitSummary } from '../../src/shared/analytics/summary-schema.ts';
import { summariseVisit } from '../../src/shared/analytics/visit-summary.ts';
import type { Answer } from '../../src/shared/checklist/answer-schema.ts';
import { indexDefinition } from '../../src/shared/checklist/definition-index.ts';
import { levels } from '../../src/shared/checklist/definition-schema.ts';
import { builtinChecklists } from '../../src/shared/templates/builtin-checklists.ts';
import { resultRow, schoolId as school, visitId as visit } from '../fixtures/result-rows.ts';

const v = (value: Answer['value']): Answer => ({ value });

function summarise(
  checklistId: string,
  items: Record<string, Answer>,
  group: string,
  rows: Record<string, Answer>[],
) {
  const definition = builtinChecklists.find((c) => c.id === checklistId);
  if (!definition) throw new Error(checklistId);
  const groups = { [group]: rows.map((answers, i) => ({ id: `r${String(i)}`, answers })) };
  return summariseVisit(indexDefinition(definition), { items, groups });
}

const readiness = (percent: number, items: VisitSummary['items']): VisitSummary => ({
  version: 1,
  percent,
  level:
    percent >= 90
      ? 'optimal'
      : percent >= 75
        ? 'desirable'
        : percent >= 50
          ? 'basic'
          : 'insufficient',
  sections: {},
  items,
});

function row(n: number, schoolNo: number, over: Partial<ResultRow>): ResultRow {
  return resultRow(n, {
    schoolId: school(schoolNo),
    date: '2026-02-01',
    summary: readiness(50, {}),
    ...over,
  });
}

const ict = summarise(
  'ict-competence',
  { training_requirements: v('yes'), seminars_held: v('no') },
  'roster',
  [
    {
      position: v('teacher'),
      skill_basic: v(1),
      skill_login: v(1),
      skill_topic_homework: v(1),
      skill_current_marks: v(1),
      skill_absences: v(1),
      skill_final_marks: v(1),
      skill_planning: v(1),
      skill_reports: v(1),
      trained: v('yes'),
      readiness: v('hesitant'),
      help_topics: v(['reports']),
    },
  ],
);

const journal = summarise('journal-compliance', {}, 'journal_sample', [
  {
    lessons_by_timetable: v(10),
    lessons_marked_held: v(10),
    lessons_with_topic: v(8),
    lessons_with_homework: v(10),
    lessons_with_control_type: v(5),
    marks_recorded: v('yes'),
    absences_recorded: v('yes'),
    late_entries: v(1),
    substitutions: v(0),
    test_works_planned: v(0),
  },
]);

const rows: ResultRow[] = [
  row(1, 1, {
    summary: readiness(80, { classroom_internet: 0.5, workstation_share: 1, backup_power: 0 }),
  }),
  row(2, 1, {
    kind: 'self_audit',
    date: '2026-01-20',
    summary: readiness(95, { classroom_internet: 1, workstation_share: 1, backup_power: 0 }),
  }),
  // Before the period.
  row(3, 2, { date: '2025-12-20', summary: readiness(30, {}) }),
  // Reopened and completed again: the stale row and the new one.
  row(4, 2, { date: '2026-04-05', computedAt: '2026-04-05T08:00:00Z', summary: readiness(10, {}) }),
  row(4, 2, {
    date: '2026-04-05',
    computedAt: '2026-04-06T10:00:00Z',
    summary: readiness(60, { classroom_internet: 0, workstation_share: 0.5, backup_power: null }),
  }),
  row(5, 2, { checklistId: 'journal-compliance', date: '2026-04-05', summary: journal }),
  row(6, 3, {
    checklistId: 'ict-competence',
    kind: 'self_audit',
    date: '2026-05-01',
    summary: ict,
  }),
];

const actions: ActionRow[] = [
  { schoolId: school(1), visitId: visit(1), status: 'open', deadline: '2026-06-01' },
  { schoolId: school(2), visitId: visit(4), status: 'done', deadline: '2026-05-01' },
  { schoolId: school(4), visitId: visit(9), status: 'open', deadline: '' },
];

const input = (filter: Partial<DashboardInput['filter']> = {}): DashboardInput => ({
  filter: { from: '2026-01-01', to: '2026-06-30', schoolIds: [], ...filter },
  rows,
  definitions: builtinChecklists,
  actions,
  today: '2026-06-15',
});

describe('the district dashboard', () => {
  const dashboard = buildDashboard(input());

  it('counts each visit of the period once, and its schools', () => {
    expect(dashboard.visits).toBe(5);
    expect(dashboard.schools).toBe(3);
    expect(dashboardSchema.parse(JSON.parse(JSON.stringify(dashboard)))).toEqual(dashboard);
  });

  it('colours each school’s latest result per checklist', () => {
    expect(
      dashboard.latest.map((l) => [l.schoolId, l.checklistId, l.visitId, l.percent, l.level]),
    ).toEqual([
      [school(1), 'readiness', visit(1), 80, 'desirable'],
      [school(2), 'readiness', visit(4), 60, 'basic'],
      [school(2), 'journal-compliance', visit(5), journal.percent, journal.level],
      [school(3), 'ict-competence', visit(6), 50, 'basic'],
    ]);
  });

  it('draws the quarters of the period', () => {
    const readinessSeries = dashboard.trend.series.find((s) => s.checklistId === 'readiness');
    expect(
      readinessSeries?.points.map((p) => [p.year, p.quarter, p.schools, p.meanPercent]),
    ).toEqual([
      [2026, 1, 1, 80],
      [2026, 2, 1, 60],
    ]);
    expect(dashboard.trend.series.map((s) => s.checklistId)).toEqual([
      'readiness',
      'ict-competence',
      'journal-compliance',
    ]);
  });

  it('ranks the failing items of the latest results, with labels', () => {
    const items = dashboard.failingItems.find((f) => f.checklistId === 'readiness')?.items;
    expect(items?.map((i) => [i.itemKey, i.failedSchools, i.scoredSchools])).toEqual([
      ['classroom_internet', 2, 2],
      ['backup_power', 1, 1],
      ['workstation_share', 1, 2],
    ]);
    expect(items?.[0]).toMatchObject({
      label: 'Интернет в учебных кабинетах',
      sectionTitle: 'Техническая база',
    });
  });

  it('adds up the ICT roster and the journal sample', () => {
    expect(dashboard.staff).toHaveLength(1);
    expect(dashboard.staff[0]).toMatchObject({
      schools: 1,
      people: 1,
      byLevel: [0, 1, 0],
      trained: 1,
    });
    expect(dashboard.staff[0]?.needs[0]).toMatchObject({
      topic: 'reports',
      people: 1,
      schoolIds: [school(3)],
    });
    const district = dashboard.journals[0]?.district;
    const rate = (field: string) => district?.fields.find((f) => f.field === field)?.rate;
    expect([rate('held'), rate('topic'), rate('control_type'), rate('marks')]).toEqual([
      1, 0.8, 0.5, 1,
    ]);
    expect(district?.timeliness).toEqual({ late: 1, lessons: 10, rate: 0.9 });
  });

  it('compares the self-audit with the inspection of the same school', () => {
    expect(dashboard.comparison.pairs).toEqual([
      expect.objectContaining({
        schoolId: school(1),
        itemsCompared: 3,
        itemsAgreed: 2,
        agreement: 2 / 3,
        overRated: [
          {
            itemKey: 'classroom_internet',
            label: 'Интернет в учебных кабинетах',
            selfScore: 1,
            inspectorScore: 0.5,
          },
        ],
      }),
    ]);
  });

  it('counts every school’s actions as of today', () => {
    expect(dashboard.actions.district).toEqual({ open: 2, overdue: 1, done: 1, notDone: 0 });
  });

  it('filters again by school and kind, whatever came in', () => {
    const some = buildDashboard(input({ schoolIds: [school(2)] }));
    expect(some.visits).toBe(2);
    expect(some.actions.district).toEqual({ open: 0, overdue: 0, done: 1, notDone: 0 });
    const inspections = buildDashboard(input({ kind: 'inspection' }));
    expect(inspections.latest.map((l) => l.visitId)).toEqual([visit(1), visit(4), visit(5)]);
    expect(inspections.comparison).toEqual({ pairs: [], items: [] });
  });

  it('is empty for a period without visits', () => {
    const empty = buildDashboard(input({ from: '2027-01-01', to: '2027-03-31' }));
    expect(empty).toMatchObject({
      visits: 0,
      schools: 0,
      latest: [],
      trend: { quarters: [{ year: 2027, quarter: 1 }], series: [] },
      failingItems: [],
      staff: [],
      journals: [],
      comparison: { pairs: [], items: [] },
    });
  });
});

const tally = fc
  .tuple(fc.nat(40), fc.nat(40))
  .map(([x, y]) => ({ filled: Math.min(x, y), lessons: Math.max(x, y) }));
const answers = fc.record({ yes: fc.nat(5), partly: fc.nat(5), no: fc.nat(5) });
const counts = fc.tuple(fc.nat(9), fc.nat(9), fc.nat(9));

const summaryArb: fc.Arbitrary<VisitSummary> = fc.record(
  {
    version: fc.constant(1 as const),
    percent: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
    level: fc.constantFrom(...levels, null),
    sections: fc.constant({}),
    items: fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.constantFrom(0, 1 / 3, 0.5, 1, null)),
    journals: fc.record(
      {
        journals: fc.nat(9),
        lessons: fc.record({ held: tally, topic: tally, homework: tally }, { requiredKeys: [] }),
        answers: fc.record({ marks: answers, substitute_teacher: answers }, { requiredKeys: [] }),
        timeliness: tally.map((t) => ({ late: t.filled, lessons: t.lessons })),
      },
      { requiredKeys: ['journals', 'lessons', 'answers'] },
    ),
    staff: fc.record(
      {
        people: fc.nat(30),
        byLevel: counts,
        skills: fc.dictionary(fc.constantFrom('skill_basic', 'skill_login'), counts),
        trained: fc.nat(30),
        needs: fc.dictionary(fc.constantFrom('planning', 'reports', 'diary'), fc.nat(5)),
      },
      { requiredKeys: ['people', 'skills'] },
    ),
  },
  { requiredKeys: ['version', 'percent', 'level', 'sections', 'items'] },
);

const day = (offset: number) =>
  new Date(Date.UTC(2025, 9, 1) + offset * 86_400_000).toISOString().slice(0, 10);

const rowsArb = fc
  .array(
    fc.record({
      school: fc.integer({ min: 1, max: 3 }),
      checklistId: fc.constantFrom('readiness', 'ict-competence', 'journal-compliance'),
      kind: fc.constantFrom('inspection' as const, 'self_audit' as const),
      date: fc.integer({ min: 0, max: 450 }).map(day),
      summary: summaryArb,
    }),
    { maxLength: 40 },
  )
  .map((drawn) =>
    drawn.map(({ school: n, ...rest }, i): ResultRow => ({
      ...rest,
      visitId: visit(i + 1),
      schoolId: school(n),
      checklistVersion: 1,
      status: 'completed',
    })),
  );

describe('the dashboard over any visits (property)', () => {
  it('is the same in any order of rows, valid for its schema, with every rate within 0…1', () => {
    fc.assert(
      fc.property(
        rowsArb.chain((drawn) =>
          fc.tuple(fc.constant(drawn), fc.shuffledSubarray(drawn, { minLength: drawn.length })),
        ),
        ([drawn, shuffled]) => {
          const make = (list: ResultRow[]) =>
            buildDashboard({ ...input({ from: '2025-11-01', to: '2026-09-30' }), rows: list });
          const dashboard = make(drawn);
          expect(make(shuffled)).toEqual(dashboard);
          expect(() => dashboardSchema.parse(dashboard)).not.toThrow();
          for (const { district, schools } of dashboard.journals) {
            for (const figures of [district, ...schools]) {
              for (const field of figures.fields) {
                expect(field.numerator).toBeLessThanOrEqual(field.denominator);
                if (field.rate !== null) expect(field.rate).toBeGreaterThanOrEqual(0);
                if (field.rate !== null) expect(field.rate).toBeLessThanOrEqual(1);
              }
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

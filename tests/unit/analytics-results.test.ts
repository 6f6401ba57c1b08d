import { describe, expect, it } from 'vitest';
import { catalogueOf } from '../../src/shared/analytics/checklist-catalogue.ts';
import { latestResults } from '../../src/shared/analytics/latest-results.ts';
import { quarterOrdinals, quarterOf } from '../../src/shared/analytics/quarters.ts';
import { quarterlyTrend } from '../../src/shared/analytics/quarterly-trend.ts';
import type { ResultRow } from '../../src/shared/analytics/result-row.ts';
import { latestPerSchool, selectResults } from '../../src/shared/analytics/select-results.ts';
import type { VisitSummary } from '../../src/shared/analytics/summary-schema.ts';
import type { Level } from '../../src/shared/checklist/definition-schema.ts';
import { builtinChecklists } from '../../src/shared/templates/builtin-checklists.ts';
import {
  resultRow,
  schoolId as school,
  summaryWith,
  visitId as visit,
} from '../fixtures/result-rows.ts';

const scored = (percent: number | null, level: Level | null): VisitSummary =>
  summaryWith({ percent, level });

function row(n: number, over: Partial<ResultRow> = {}): ResultRow {
  return resultRow(n, { date: '2026-01-15', summary: scored(50, 'basic'), ...over });
}

const catalogue = catalogueOf(builtinChecklists);
const ids = (rows: readonly ResultRow[]) => rows.map((r) => r.visitId).sort();
const all = { from: '2000-01-01', to: '2100-12-31', schoolIds: [] };

describe('which results a filter keeps', () => {
  const rows = [
    row(1, { date: '2026-01-01' }),
    row(2, { date: '2026-03-31', schoolId: school(2) }),
    row(3, { date: '2025-12-31' }),
    row(4, { date: '2026-04-01' }),
    row(5, { date: '2026-02-01', checklistId: 'ict-competence', kind: 'self_audit' }),
  ];

  it.each([
    { name: 'the period, both ends included', filter: {}, kept: [1, 2, 5] },
    { name: 'some schools', filter: { schoolIds: [school(2)] }, kept: [2] },
    { name: 'one checklist', filter: { checklistId: 'ict-competence' }, kept: [5] },
    { name: 'one kind', filter: { kind: 'inspection' as const }, kept: [1, 2] },
  ])('$name', ({ filter, kept }) => {
    const selection = { from: '2026-01-01', to: '2026-03-31', schoolIds: [], ...filter };
    expect(ids(selectResults(rows, selection))).toEqual(kept.map(visit));
  });

  it('keeps a reopened-then-completed visit once: the row computed last, in either order', () => {
    const first = row(7, {
      summary: scored(40, 'insufficient'),
      computedAt: '2026-01-15T09:00:00Z',
    });
    const again = row(7, { summary: scored(80, 'desirable'), computedAt: '2026-01-16T12:00:00Z' });
    for (const order of [
      [first, again],
      [again, first],
    ]) {
      const kept = selectResults(order, all);
      expect(kept.map((r) => r.summary.percent)).toEqual([80]);
    }
  });

  it('keeps the accepted row of a visit when neither says when it was computed', () => {
    const completed = row(8, { summary: scored(40, 'insufficient') });
    const accepted = row(8, { status: 'accepted', summary: scored(60, 'basic') });
    expect(selectResults([accepted, completed], all).map((r) => r.status)).toEqual(['accepted']);
  });
});

describe('latest result per school and checklist (the colour table)', () => {
  it('takes the latest date; on the same date the greater visit id', () => {
    const rows = [
      row(1, { date: '2026-02-01', summary: scored(95, 'optimal') }),
      row(3, { date: '2026-01-10' }),
      row(2, { date: '2026-02-01', summary: scored(70, 'basic'), kind: 'self_audit' }),
      row(4, { schoolId: school(2), checklistId: 'ict-competence', summary: scored(null, null) }),
      row(5, { schoolId: school(2), date: '2025-09-01', summary: scored(80, 'desirable') }),
    ];
    expect(latestResults(latestPerSchool(rows), catalogue)).toEqual([
      {
        schoolId: school(1),
        checklistId: 'readiness',
        checklistVersion: 1,
        visitId: visit(2),
        kind: 'self_audit',
        date: '2026-02-01',
        percent: 70,
        level: 'basic',
      },
      // School 2: readiness before ict-competence, as the checklists are offered.
      expect.objectContaining({ schoolId: school(2), checklistId: 'readiness', visitId: visit(5) }),
      expect.objectContaining({ checklistId: 'ict-competence', percent: null, level: null }),
    ]);
  });

  it('is empty for an empty period', () => {
    expect(
      latestResults(
        latestPerSchool(selectResults([row(1)], { ...all, to: '2000-01-02' })),
        catalogue,
      ),
    ).toEqual([]);
  });
});

describe('calendar quarters', () => {
  it.each([
    { from: '2025-12-31', to: '2026-01-01', quarters: ['2025 4', '2026 1'] },
    { from: '2025-11-01', to: '2026-04-30', quarters: ['2025 4', '2026 1', '2026 2'] },
    { from: '2026-07-01', to: '2026-09-30', quarters: ['2026 3'] },
    { from: '2026-10-01', to: '2026-09-30', quarters: [] },
  ])('$from … $to', ({ from, to, quarters }) => {
    const labels = quarterOrdinals(from, to).map((o) => {
      const q = quarterOf(o);
      return `${String(q.year)} ${String(q.quarter)}`;
    });
    expect(labels).toEqual(quarters);
  });
});

describe('the district trend by quarter', () => {
  const none = { optimal: 0, desirable: 0, basic: 0, insufficient: 0 };
  const rows = [
    row(1, { date: '2025-11-10', summary: scored(60, 'basic') }),
    row(2, { date: '2025-12-20', summary: scored(80, 'desirable') }),
    // School 2 twice on one day: the greater visit id counts.
    row(6, { schoolId: school(2), date: '2025-12-01', summary: scored(70, 'desirable') }),
    row(5, { schoolId: school(2), date: '2025-12-01', summary: scored(40, 'insufficient') }),
    row(3, { date: '2026-02-01', summary: scored(95, 'optimal') }),
    row(4, { schoolId: school(2), date: '2026-03-31', summary: scored(null, null) }),
    row(7, { schoolId: school(3), checklistId: 'ict-competence', date: '2026-04-30' }),
  ];
  const period = { from: '2025-11-01', to: '2026-04-30' };

  it('means the latest result of each school within each quarter, across the year boundary', () => {
    const trend = quarterlyTrend(rows, period, catalogue);
    expect(trend.quarters).toEqual([
      { year: 2025, quarter: 4 },
      { year: 2026, quarter: 1 },
      { year: 2026, quarter: 2 },
    ]);
    expect(trend.series).toEqual([
      {
        checklistId: 'readiness',
        points: [
          {
            year: 2025,
            quarter: 4,
            schools: 2,
            meanPercent: 75,
            levels: { ...none, desirable: 2 },
          },
          // School 2's result has no score: counted as a school, not in the mean.
          { year: 2026, quarter: 1, schools: 2, meanPercent: 95, levels: { ...none, optimal: 1 } },
          { year: 2026, quarter: 2, schools: 0, meanPercent: null, levels: none },
        ],
      },
      {
        checklistId: 'ict-competence',
        points: [
          { year: 2025, quarter: 4, schools: 0, meanPercent: null, levels: none },
          { year: 2026, quarter: 1, schools: 0, meanPercent: null, levels: none },
          { year: 2026, quarter: 2, schools: 1, meanPercent: 50, levels: { ...none, basic: 1 } },
        ],
      },
    ]);
  });

  it('lists the quarters of an empty period and no series', () => {
    expect(quarterlyTrend([], { from: '2026-01-01', to: '2026-03-31' }, catalogue)).toEqual({
      quarters: [{ year: 2026, quarter: 1 }],
      series: [],
    });
  });
});

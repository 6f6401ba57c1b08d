import { describe, expect, it } from 'vitest';
import { roadMapStages } from '../../src/shared/plans/road-map.ts';
import type { PlannedVisit } from '../../src/shared/schemas/plan.ts';
import { ApiError } from '../../src/client/api/api-error.ts';
import { serverIssues } from '../../src/client/lib/field-issues.ts';
import { monthWeeks, weekdayOf } from '../../src/client/features/plans/month-grid.ts';
import { noFilter, planEntries } from '../../src/client/features/plans/plan-entries.ts';
import { monthRange, monthsOf, shiftMonth } from '../../src/client/features/plans/plan-period.ts';
import { previewRows } from '../../src/client/features/plans/preview-rows.ts';
import { stagePeriod } from '../../src/client/features/plans/stage-period.ts';

const stage = (key: string) => {
  const found = roadMapStages.find((candidate) => candidate.key === key);
  if (!found) throw new Error(`no stage ${key}`);
  return found;
};

describe('the plan calendar', () => {
  it.each([
    ['2026-01', -1, '2025-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-11', -23, '2024-12'],
    ['2026-11', 0, '2026-11'],
  ])('moves %s by %i months to %s', (month, delta, expected) => {
    expect(shiftMonth(month, delta)).toBe(expected);
  });

  it.each([
    ['2024-02', '2024-02-29'],
    ['2026-02', '2026-02-28'],
    ['2026-12', '2026-12-31'],
    ['2026-04', '2026-04-30'],
  ])('ends %s on %s', (month, last) => {
    expect(monthRange(month)).toEqual({ from: `${month}-01`, to: last });
  });

  it('lists the months a range touches', () => {
    expect(monthsOf({ from: '2026-11-20', to: '2027-01-05' })).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
    ]);
  });

  it('lays November 2026 (1st a Sunday) out in six weeks from Monday 26 October', () => {
    const weeks = monthWeeks('2026-11');
    expect(weeks).toHaveLength(6);
    expect(weeks[0]).toEqual([
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
    ]);
    expect(weeks[5]?.[0]).toBe('2026-11-30');
    expect(weeks[5]?.[6]).toBe('2026-12-06');
  });

  it('lays February 2026 out in five weeks, Monday 26 January to Sunday 1 March', () => {
    const weeks = monthWeeks('2026-02');
    expect(weeks).toHaveLength(5);
    expect(weeks[0]?.[0]).toBe('2026-01-26');
    expect(weeks[4]?.[6]).toBe('2026-03-01');
  });

  it.each([
    ['2026-11-22', 'sun'],
    ['2026-11-23', 'mon'],
    ['2026-11-27', 'fri'],
  ])('knows %s is %s', (date, weekday) => {
    expect(weekdayOf(date)).toBe(weekday);
  });
});

describe('road-map stages as periods of the school year', () => {
  it.each([
    // In March 2026 the school year is 2025/26: September has passed, May is ahead.
    ['journal_use', '2026-03-15', { from: '2025-09-01', to: '2025-09-30' }],
    ['marks_year', '2026-03-15', { from: '2026-05-01', to: '2026-05-31' }],
    // The third quarter (January to March) is under way: it starts today.
    ['topics_homework', '2026-03-15', { from: '2026-03-15', to: '2026-03-31' }],
    // In summer the coming school year is planned: its first quarter.
    ['test_schedule', '2026-07-10', { from: '2026-09-01', to: '2026-10-31' }],
    ['marks_h1', '2026-11-22', { from: '2026-12-01', to: '2026-12-31' }],
    ['marks_q1', '2026-10-05', { from: '2026-10-05', to: '2026-10-31' }],
    ['topics_homework', '2026-11-22', { from: '2026-11-22', to: '2026-12-31' }],
  ])('puts %s on %s at %j', (key, today, expected) => {
    expect(stagePeriod(stage(key), today)).toEqual(expected);
  });
});

const SCHOOL = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';
const IVAN = '00000000-0000-4000-8000-0000000000a1';
const ZAREMA = '00000000-0000-4000-8000-0000000000a2';

function plan(id: string, patch: Partial<PlannedVisit>): PlannedVisit {
  return {
    id: `00000000-0000-4000-8000-00000000010${id}`,
    schoolId: SCHOOL,
    checklistId: 'readiness',
    kind: 'inspection',
    plannedOn: '2026-11-20',
    inspectorIds: [IVAN],
    round: '',
    note: '',
    cancelled: false,
    createdBy: IVAN,
    updatedAt: '2026-11-01T10:00:00.000Z',
    visit: null,
    ...patch,
  };
}

describe('the plans shown', () => {
  const plans = [
    plan('1', { plannedOn: '2026-11-25' }),
    plan('2', { plannedOn: '2026-11-20' }),
    plan('3', { plannedOn: '2026-11-21', schoolId: OTHER, inspectorIds: [ZAREMA] }),
    plan('4', { plannedOn: '2026-11-10', cancelled: true }),
  ];

  it('orders them by date and tells overdue from planned and cancelled', () => {
    const entries = planEntries(plans, '2026-11-22', noFilter);
    expect(entries.map((e) => [e.plan.plannedOn, e.state])).toEqual([
      ['2026-11-10', 'cancelled'],
      ['2026-11-20', 'overdue'],
      ['2026-11-21', 'overdue'],
      ['2026-11-25', 'planned'],
    ]);
  });

  it.each([
    [{ ...noFilter, state: 'overdue' as const }, ['2026-11-20', '2026-11-21']],
    [{ ...noFilter, schoolId: OTHER }, ['2026-11-21']],
    [{ ...noFilter, inspectorId: IVAN, state: 'planned' as const }, ['2026-11-25']],
    [{ ...noFilter, inspectorId: ZAREMA, state: 'planned' as const }, []],
  ])('filters by %j', (filter, dates) => {
    expect(planEntries(plans, '2026-11-22', filter).map((e) => e.plan.plannedOn)).toEqual(dates);
  });
});

describe('the round preview', () => {
  it('shows one row per school visit with all its checklists, by date', () => {
    const base = { kind: 'inspection' as const, round: 'Этап', note: '' };
    const rows = previewRows([
      {
        ...base,
        schoolId: OTHER,
        checklistId: 'readiness',
        plannedOn: '2026-12-02',
        inspectorIds: [ZAREMA],
      },
      {
        ...base,
        schoolId: SCHOOL,
        checklistId: 'readiness',
        plannedOn: '2026-12-01',
        inspectorIds: [IVAN],
      },
      {
        ...base,
        schoolId: SCHOOL,
        checklistId: 'journal-compliance',
        plannedOn: '2026-12-01',
        inspectorIds: [IVAN],
      },
    ]);
    expect(rows).toEqual([
      {
        plannedOn: '2026-12-01',
        schoolId: SCHOOL,
        inspectorIds: [IVAN],
        checklistIds: ['readiness', 'journal-compliance'],
      },
      {
        plannedOn: '2026-12-02',
        schoolId: OTHER,
        inspectorIds: [ZAREMA],
        checklistIds: ['readiness'],
      },
    ]);
  });
});

describe('the server’s validation messages at the fields', () => {
  it('puts each message at its field and keeps the rest', () => {
    const error = new ApiError('validation_failed', {
      code: 'validation_failed',
      message: 'Данные не прошли проверку.',
      details: {
        issues: [
          { path: 'body.schoolId', message: 'Выберите школу' },
          { path: 'body.inspectorIds.0', message: 'Идентификатор проверяющего — UUID' },
          { path: 'body.inspectorIds', message: 'Назначьте хотя бы одного проверяющего' },
          { path: 'query.from', message: 'Дата в формате ГГГГ-ММ-ДД' },
        ],
      },
    });
    expect(serverIssues(error, ['schoolId', 'inspectorIds'])).toEqual({
      byField: {
        schoolId: 'Выберите школу',
        inspectorIds: 'Идентификатор проверяющего — UUID',
      },
      other: ['Дата в формате ГГГГ-ММ-ДД'],
    });
  });

  it('finds nothing in other failures', () => {
    expect(serverIssues(new ApiError('network_unavailable'), ['schoolId'])).toEqual({
      byField: {},
      other: [],
    });
  });
});

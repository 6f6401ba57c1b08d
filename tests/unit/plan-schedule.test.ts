import { describe, expect, it } from 'vitest';
import { planState } from '../../src/shared/plans/plan-state.ts';
import { scheduleRound, type RoundSchool } from '../../src/shared/plans/round-schedule.ts';
import { addDays, workingDays } from '../../src/shared/plans/working-days.ts';
import { roundRequestSchema } from '../../src/shared/schemas/plan.ts';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ANNA = id(101);
const BORIS = id(102);

function school(n: number, inspectorIds: string[] = [ANNA, BORIS]): RoundSchool {
  return { id: id(n), name: `Школа № ${String(n)}`, inspectorIds };
}

const round = (overrides: Record<string, unknown> = {}) =>
  roundRequestSchema.parse({
    round: 'Мониторинг, октябрь',
    // Mon 5 Oct 2026 … Fri 9 Oct 2026 and the weekend after.
    from: '2026-10-05',
    to: '2026-10-11',
    schoolIds: [id(1)],
    checklistIds: ['journal-compliance'],
    ...overrides,
  });

describe('working days', () => {
  it.each([
    [
      '2026-10-05',
      '2026-10-11',
      ['2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09'],
    ],
    ['2026-10-10', '2026-10-11', []],
    ['2026-12-31', '2027-01-04', ['2026-12-31', '2027-01-01', '2027-01-04']],
  ])('from %s to %s', (from, to, expected) => {
    expect(workingDays(from, to)).toEqual(expected);
  });

  it('adds days across a month and a year', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('a monitoring round', () => {
  it('spreads the schools evenly over the working days, one visit per checklist on the same day', () => {
    const schools = [1, 2, 3, 4, 5].map((n) => school(n));
    const { plans, issues } = scheduleRound(
      round({ checklistIds: ['readiness', 'journal-compliance'] }),
      schools,
    );
    expect(issues).toEqual([]);
    expect(plans).toHaveLength(10);
    const days = [1, 2, 3, 4, 5].map((n) => plans.find((p) => p.schoolId === id(n))?.plannedOn);
    expect(days).toEqual(['2026-10-05', '2026-10-06', '2026-10-07', '2026-10-08', '2026-10-09']);
    const school1 = plans.filter((p) => p.schoolId === id(1));
    expect(school1.map((p) => p.checklistId)).toEqual(['readiness', 'journal-compliance']);
    expect(new Set(school1.map((p) => p.plannedOn)).size).toBe(1);
    expect(plans.every((p) => p.round === 'Мониторинг, октябрь' && p.kind === 'inspection')).toBe(
      true,
    );
  });

  it('balances the inspectors and sends nobody to two schools on one day while another is free', () => {
    const schools = [1, 2, 3, 4].map((n) => school(n));
    const { plans } = scheduleRound(round({ to: '2026-10-06', perDay: 2 }), schools);
    const byDay = new Map<string, string[]>();
    for (const plan of plans) {
      byDay.set(plan.plannedOn, [...(byDay.get(plan.plannedOn) ?? []), ...plan.inspectorIds]);
    }
    expect([...byDay.keys()]).toEqual(['2026-10-05', '2026-10-06']);
    for (const inspectors of byDay.values()) expect(new Set(inspectors).size).toBe(2);
    const anna = plans.filter((p) => p.inspectorIds.includes(ANNA)).length;
    expect(anna).toBe(2);
  });

  it('lists the schools nobody covers and those the period has no room for', () => {
    const schools = [school(1), school(2, []), school(3), school(4)];
    const { plans, issues } = scheduleRound(
      round({ from: '2026-10-05', to: '2026-10-05', perDay: 2 }),
      schools,
    );
    expect(plans.map((p) => p.schoolId)).toEqual([id(1), id(3)]);
    expect(issues).toEqual([
      { schoolId: id(2), message: 'За школой «Школа № 2» не закреплён ни один проверяющий' },
      { schoolId: id(4), message: 'Для школы «Школа № 4» не хватило рабочих дней периода' },
    ]);
  });

  it('sends the inspectors asked for instead of those who cover the school', () => {
    const { plans } = scheduleRound(round({ inspectorIds: [BORIS] }), [school(1, [ANNA])]);
    expect(plans[0]?.inspectorIds).toEqual([BORIS]);
  });

  it('refuses a period that ends before it starts', () => {
    const parsed = roundRequestSchema.safeParse({
      ...round(),
      from: '2026-10-09',
      to: '2026-10-05',
    });
    expect(parsed.success).toBe(false);
  });
});

describe('where a plan stands', () => {
  const plan = (
    plannedOn: string,
    status: 'draft' | 'completed' | 'accepted' | 'returned' | null,
    cancelled = false,
  ) => ({
    plannedOn,
    cancelled,
    visit: status === null ? null : { status },
  });

  it.each([
    [plan('2026-10-05', null), 'planned'],
    [plan('2026-10-04', null), 'overdue'],
    [plan('2026-10-05', 'draft'), 'in_progress'],
    [plan('2026-10-04', 'draft'), 'overdue'],
    [plan('2026-10-04', 'returned'), 'overdue'],
    [plan('2026-10-06', 'returned'), 'returned'],
    [plan('2026-10-01', 'completed'), 'completed'],
    [plan('2026-10-01', 'accepted'), 'accepted'],
    [plan('2026-10-01', null, true), 'cancelled'],
  ] as const)('%o on 5 Oct 2026 is %s', (facts, expected) => {
    expect(planState(facts, '2026-10-05')).toBe(expected);
  });
});

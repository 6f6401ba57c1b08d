import { describe, expect, it } from 'vitest';
import { actionFigures, isOverdue } from '../../src/shared/analytics/action-figures.ts';
import type { ActionRow } from '../../src/shared/analytics/result-row.ts';
import { schoolId as school } from '../fixtures/result-rows.ts';

const visitId = '20000000-0000-4000-8000-000000000001';
const today = '2026-05-10';

describe('overdue corrective actions', () => {
  it.each([
    { status: 'open', deadline: '2026-05-09', overdue: true },
    { status: 'open', deadline: '2026-05-10', overdue: false },
    { status: 'open', deadline: '2026-05-11', overdue: false },
    { status: 'open', deadline: '', overdue: false },
    { status: 'done', deadline: '2026-01-01', overdue: false },
    { status: 'not_done', deadline: '2026-01-01', overdue: false },
  ] as const)('$status, deadline «$deadline» → $overdue', ({ status, deadline, overdue }) => {
    expect(isOverdue({ status, deadline }, today)).toBe(overdue);
  });
});

describe('corrective actions, district-wide and per school', () => {
  const action = (n: number, status: ActionRow['status'], deadline: string): ActionRow => ({
    schoolId: school(n),
    visitId,
    status,
    deadline,
  });

  it('counts open, overdue, done, not done; the most overdue school first', () => {
    const figures = actionFigures(
      [
        action(1, 'open', '2026-05-10'),
        action(1, 'open', '2026-05-09'),
        action(1, 'open', ''),
        action(1, 'done', '2026-01-01'),
        action(1, 'not_done', '2026-02-01'),
        action(2, 'open', '2026-04-01'),
        action(2, 'open', '2026-04-02'),
      ],
      today,
    );
    expect(figures).toEqual({
      district: { open: 5, overdue: 3, done: 1, notDone: 1 },
      schools: [
        { schoolId: school(2), open: 2, overdue: 2, done: 0, notDone: 0 },
        { schoolId: school(1), open: 3, overdue: 1, done: 1, notDone: 1 },
      ],
    });
  });

  it('is all zeroes without actions', () => {
    expect(actionFigures([], today)).toEqual({
      district: { open: 0, overdue: 0, done: 0, notDone: 0 },
      schools: [],
    });
  });
});

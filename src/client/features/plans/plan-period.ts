import { addDays } from '../../../shared/plans/working-days.ts';

/** What the plan screen shows: one calendar month (`YYYY-MM`), or any range of days. */
export type PlanPeriod =
  { kind: 'month'; month: string } | { kind: 'range'; from: string; to: string };

/** First and last day shown, both included. */
export interface DateRange {
  from: string;
  to: string;
}

/** The month (`YYYY-MM`) of an ISO date. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** The month `delta` months after `month` (before it when negative). */
export function shiftMonth(month: string, delta: number): string {
  const year = Number(month.slice(0, 4));
  const index = Number(month.slice(5, 7)) - 1;
  const total = year * 12 + index + delta;
  const shiftedYear = Math.floor(total / 12);
  return `${String(shiftedYear).padStart(4, '0')}-${String(total - shiftedYear * 12 + 1).padStart(2, '0')}`;
}

/** The first and the last day of a month. */
export function monthRange(month: string): DateRange {
  return { from: `${month}-01`, to: addDays(`${shiftMonth(month, 1)}-01`, -1) };
}

export function periodRange(period: PlanPeriod): DateRange {
  return period.kind === 'month' ? monthRange(period.month) : period;
}

/** The months a range touches, in order. */
export function monthsOf(range: DateRange): string[] {
  const months: string[] = [];
  const last = monthOf(range.to);
  for (let month = monthOf(range.from); month <= last; month = shiftMonth(month, 1)) {
    months.push(month);
  }
  return months;
}

export const isWithin = (date: string, range: DateRange): boolean =>
  date >= range.from && date <= range.to;

import { addDays } from '../../../shared/plans/working-days.ts';
import { monthRange } from './plan-period.ts';

/** The days of the week from Monday, as the calendar's columns and the catalogue's keys. */
export const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayKey = (typeof weekdayKeys)[number];

/** The day of the week of an ISO date, Monday first. */
export function weekdayOf(date: string): WeekdayKey {
  const sundayFirst = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekdayKeys[(sundayFirst + 6) % 7] ?? 'mon';
}

/**
 * The weeks, Monday to Sunday, that show a month: days of the neighbouring
 * months fill the first and the last week.
 */
export function monthWeeks(month: string): string[][] {
  const { from, to } = monthRange(month);
  let day = addDays(from, -weekdayKeys.indexOf(weekdayOf(from)));
  const weeks: string[][] = [];
  while (day <= to) {
    const week: string[] = [];
    for (let index = 0; index < 7; index += 1) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  }
  return weeks;
}

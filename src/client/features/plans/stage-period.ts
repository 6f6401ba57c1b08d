import type { RoadMapStage } from '../../../shared/plans/road-map.ts';
import { monthRange, type DateRange } from './plan-period.ts';

/** The quarters of the school year by their first and last month. */
const QUARTERS: readonly (readonly [number, number])[] = [
  [9, 10],
  [11, 12],
  [1, 3],
  [4, 5],
];

/** Where a month falls in the school year: September 0 … August 11. */
const schoolOrder = (month: number) => (month + 3) % 12;

/**
 * The calendar year in which the school year of `today` began. In summer
 * (June to August) the coming school year is meant: that is what gets planned.
 */
export function schoolYearStart(today: string): number {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 6 ? year : year - 1;
}

function monthInYear(startYear: number, month: number): string {
  const year = month >= 9 ? startYear : startYear + 1;
  return `${String(year)}-${String(month).padStart(2, '0')}`;
}

/** The stage's months: those the road map names, or the quarter of today (the first one in summer). */
function stageMonths(stage: RoadMapStage, today: string): readonly [number, number] {
  if (stage.quarterly) {
    const now = schoolOrder(Number(today.slice(5, 7)));
    const quarter = QUARTERS.find(([first, last]) => {
      return now >= schoolOrder(first) && now <= schoolOrder(last);
    });
    return quarter ?? [9, 10];
  }
  const ordered = [...stage.months].sort((a, b) => schoolOrder(a) - schoolOrder(b));
  return [ordered[0] ?? 9, ordered.at(-1) ?? 9];
}

/**
 * The period a road-map stage takes in the school year of `today`; a period
 * already under way starts today, so that nothing is planned in the past.
 */
export function stagePeriod(stage: RoadMapStage, today: string): DateRange {
  const startYear = schoolYearStart(today);
  const [first, last] = stageMonths(stage, today);
  const from = monthRange(monthInYear(startYear, first)).from;
  const to = monthRange(monthInYear(startYear, last)).to;
  return { from: from < today && today <= to ? today : from, to };
}

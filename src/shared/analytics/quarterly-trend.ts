import type { Level } from '../checklist/definition-schema.ts';
import type { ChecklistCatalogue } from './checklist-catalogue.ts';
import type { LevelTally, Trend, TrendPoint } from './dashboard-schema.ts';
import { quarterOf, quarterOrdinal, quarterOrdinals } from './quarters.ts';
import type { ResultRow } from './result-row.ts';
import { latestBy } from './select-results.ts';
import { compareText, pushTo } from './tallies.ts';

/** Schools at each level among some results. */
export function levelTally(levels: Iterable<Level | null>): LevelTally {
  const tally = { optimal: 0, desirable: 0, basic: 0, insufficient: 0 };
  for (const level of levels) if (level !== null) tally[level] += 1;
  return tally;
}

/** The mean of the percents that exist, `null` when none does. */
export function meanPercent(percents: Iterable<number | null>): number | null {
  let sum = 0;
  let n = 0;
  for (const percent of percents) {
    if (percent === null) continue;
    sum += percent;
    n += 1;
  }
  return n === 0 ? null : sum / n;
}

function point(ordinal: number, results: readonly ResultRow[]): TrendPoint {
  return {
    ...quarterOf(ordinal),
    schools: results.length,
    meanPercent: meanPercent(results.map((r) => r.summary.percent)),
    levels: levelTally(results.map((r) => r.summary.level)),
  };
}

/**
 * The district's trend by calendar quarter over the period: per checklist and
 * quarter, each school's latest result within that quarter.
 */
export function quarterlyTrend(
  rows: readonly ResultRow[],
  period: { from: string; to: string },
  catalogue: ChecklistCatalogue,
): Trend {
  const ordinals = quarterOrdinals(period.from, period.to);
  const latest = latestBy(
    rows,
    (row) => `${row.checklistId}|${String(quarterOrdinal(row.date))}|${row.schoolId}`,
  );
  const cells = new Map<string, ResultRow[]>();
  // In key order, so that the means do not depend on the order the rows came in.
  const ordered = [...latest].sort(([a], [b]) => compareText(a, b)).map(([, row]) => row);
  for (const row of ordered) {
    const key = `${row.checklistId}|${String(quarterOrdinal(row.date))}`;
    pushTo(cells, key, row);
  }
  const checklists = [...new Set(rows.map((row) => row.checklistId))].sort((a, b) =>
    catalogue.compareChecklists(a, b),
  );
  return {
    quarters: ordinals.map(quarterOf),
    series: checklists.map((checklistId) => ({
      checklistId,
      points: ordinals.map((o) => point(o, cells.get(`${checklistId}|${String(o)}`) ?? [])),
    })),
  };
}

import type { ResultsFilter } from '../schemas/results-filter.ts';
import type { ResultRow } from './result-row.ts';
import { compareText } from './tallies.ts';

/** Which rows a filter keeps: dates within the period, the schools (none: all), the checklist, the kind. */
export type ResultsSelection = Pick<ResultsFilter, 'from' | 'to' | 'schoolIds'> &
  Partial<Pick<ResultsFilter, 'checklistId' | 'kind'>>;

function matches(row: ResultRow, filter: ResultsSelection, schools: ReadonlySet<string>): boolean {
  return (
    row.date >= filter.from &&
    row.date <= filter.to &&
    (schools.size === 0 || schools.has(row.schoolId)) &&
    (filter.checklistId === undefined || row.checklistId === filter.checklistId) &&
    (filter.kind === undefined || row.kind === filter.kind)
  );
}

const computedTime = (row: ResultRow) =>
  row.computedAt === undefined ? Number.NEGATIVE_INFINITY : Date.parse(row.computedAt);

const statusRank = (row: ResultRow) => (row.status === 'accepted' ? 1 : 0);

/** Of two rows of the same visit, the one that counts: computed later, else accepted, else later dated. */
function newerRowOfVisit(a: ResultRow, b: ResultRow): ResultRow {
  if (computedTime(a) !== computedTime(b)) return computedTime(a) > computedTime(b) ? a : b;
  if (statusRank(a) !== statusRank(b)) return statusRank(a) > statusRank(b) ? a : b;
  return a.date >= b.date ? a : b;
}

/** The rows a filter keeps, each visit once. */
export function selectResults(rows: Iterable<ResultRow>, filter: ResultsSelection): ResultRow[] {
  const schools = new Set(filter.schoolIds);
  const byVisit = new Map<string, ResultRow>();
  for (const row of rows) {
    if (!matches(row, filter, schools)) continue;
    const seen = byVisit.get(row.visitId);
    byVisit.set(row.visitId, seen ? newerRowOfVisit(seen, row) : row);
  }
  return [...byVisit.values()];
}

/** Whether `a` is later than `b`: by date, then by visit id (UUIDv7 ids grow with time). */
export function isLater(a: ResultRow, b: ResultRow): boolean {
  return a.date > b.date || (a.date === b.date && a.visitId > b.visitId);
}

/** The latest row per key (school × checklist, say), in one pass. */
export function latestBy(
  rows: Iterable<ResultRow>,
  keyOf: (row: ResultRow) => string,
): Map<string, ResultRow> {
  const latest = new Map<string, ResultRow>();
  for (const row of rows) {
    const key = keyOf(row);
    const seen = latest.get(key);
    if (!seen || isLater(row, seen)) latest.set(key, row);
  }
  return latest;
}

/** The key of a school × checklist pair. */
export const schoolChecklistKey = (row: Pick<ResultRow, 'schoolId' | 'checklistId'>) =>
  `${row.schoolId}|${row.checklistId}`;

/**
 * The latest result of each school for each checklist, ordered by school and
 * checklist id: whatever order the rows came in, sums over them come out the same.
 */
export function latestPerSchool(rows: Iterable<ResultRow>): ResultRow[] {
  return [...latestBy(rows, schoolChecklistKey)]
    .sort(([a], [b]) => compareText(a, b))
    .map(([, row]) => row);
}

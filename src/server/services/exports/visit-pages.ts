import type { ResultsFilter } from '../../../shared/schemas/results-filter.ts';
import type { Queryable } from '../../db/port.ts';
import {
  exportVisitPage,
  type ExportVisitRow,
  type VisitCursor,
} from '../../queries/export-records.ts';

/** Visits per page read from the database. */
export const VISIT_PAGE = 500;
/** Visits whose answers are read and written together (up to ~500 answers each). */
export const CONTENT_PAGE = 100;

/**
 * The filter's completed visits, a page at a time, by (visit date, id): each
 * page is read when the previous one has been written, so that one page at a
 * time is in memory whatever the district's size. `withRecord` brings each
 * visit's record (commission, findings, acknowledgement).
 */
export async function* visitPages(
  db: Queryable,
  filter: ResultsFilter,
  withRecord: boolean,
): AsyncGenerator<ExportVisitRow[]> {
  let after: VisitCursor | null = null;
  for (;;) {
    const page = await exportVisitPage(db, filter, { after, limit: VISIT_PAGE, withRecord });
    if (page.length > 0) yield page;
    const last = page.at(-1);
    if (last === undefined || page.length < VISIT_PAGE) return;
    after = { date: last.date, visitId: last.visitId };
  }
}

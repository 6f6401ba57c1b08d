import type { AppDatabase } from './app-database.ts';
import type { VisitRecord } from './rows.ts';

/** What a change to a visit came to: only drafts can be changed. */
export type EditOutcome = 'saved' | 'read_only' | 'not_found';

/**
 * The one way a visit's data changes on the device: `change` runs only while the
 * visit is a draft, in one transaction with the visit's new `updatedAt` and
 * whatever outbox rows `change` enqueues. `change` answers `not_found` when the
 * record it was to change is not part of this visit.
 */
export function editDraft(
  db: AppDatabase,
  visitId: string,
  now: Date,
  change: (visit: VisitRecord) => Promise<'not_found' | undefined>,
): Promise<EditOutcome> {
  const tables = [db.visits, db.answers, db.rows, db.actions, db.outbox, db.settings];
  return db.transaction('rw', tables, async () => {
    const visit = await db.visits.get(visitId);
    if (!visit) return 'not_found';
    if (visit.status !== 'draft') return 'read_only';
    if ((await change(visit)) === 'not_found') return 'not_found';
    await db.visits.update(visitId, { updatedAt: now.toISOString() });
    return 'saved';
  });
}

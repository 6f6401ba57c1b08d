import type { AppDatabase } from './app-database.ts';
import { isEditable } from '../../shared/visits/status-transitions.ts';
import { primeOutbox } from './outbox-repository.ts';
import type { VisitRecord } from './rows.ts';

/** What a change to a visit came to: only drafts (and visits returned for correction) change. */
export type EditOutcome = 'saved' | 'read_only' | 'not_found';

/** A draft's own fields that an edit may set (its answers, rows and actions live elsewhere). */
export type VisitFields = Partial<
  Pick<VisitRecord, 'date' | 'commission' | 'findings' | 'recommendations'>
>;

/**
 * The one way a visit's data changes on the device: `change` runs only while the
 * visit is editable (a draft, or returned for correction), in one transaction
 * with the visit's new `updatedAt` (and `fields`, the visit's own fields that
 * change) and whatever outbox rows `change` enqueues. `change` answers
 * `not_found` when the record it was to change is not part of this visit;
 * nothing is saved then. `change` itself never writes the visit record.
 * A single answer, the most frequent edit, follows the same rules on a direct
 * path (answer-direct-write).
 */
export function editDraft(
  db: AppDatabase,
  visitId: string,
  now: Date,
  change: (visit: VisitRecord) => Promise<'not_found' | undefined>,
  fields: VisitFields = {},
): Promise<EditOutcome> {
  const tables = [
    db.visits,
    db.answers,
    db.rows,
    db.actions,
    db.attachments,
    db.blobs,
    db.outbox,
    db.settings,
  ];
  return db
    .transaction('rw', tables, async () => {
      primeOutbox(db);
      const visit = await db.visits.get(visitId);
      if (!visit) return 'not_found';
      if (!isEditable(visit.status)) return 'read_only';
      // A put of the visit already read: no second read inside the transaction.
      const [outcome] = await Promise.all([
        change(visit),
        db.visits.put({ ...visit, ...fields, updatedAt: now.toISOString() }),
      ]);
      // Rolls back whatever `change` wrote before it found nothing to change.
      if (outcome === 'not_found') throw new NothingToChange();
      return 'saved' as const;
    })
    .catch((error: unknown) => {
      if (error instanceof NothingToChange) return 'not_found';
      throw error;
    });
}

class NothingToChange extends Error {}

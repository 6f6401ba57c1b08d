import { itemKeyOfRecordId } from '../../shared/checklist/answer-keys.ts';
import type { Conflict } from '../../shared/schemas/conflict.ts';
import { setField, type RecordData } from '../../shared/sync/field-paths.ts';
import type { AppDatabase } from './app-database.ts';
import { editDraft, type EditOutcome, type VisitFields } from './draft-edit.ts';
import { enqueue } from './outbox-repository.ts';
import type { ConflictRecord, VisitRecord } from './rows.ts';
import { localKeyOf, tableOf } from './synced-tables.ts';

/** Which of a conflict's two values a person keeps. */
export type ConflictChoice = 'kept' | 'lost';

/** A visit's conflicts nobody has decided yet, oldest first. */
export async function openConflictsOf(db: AppDatabase, visitId: string): Promise<Conflict[]> {
  const all = await db.conflicts.where('visitId').equals(visitId).sortBy('createdAt');
  return all.filter((conflict) => conflict.resolution === null);
}

/**
 * The device's record the conflict is about, with the other value put back,
 * sent as a change of that one field (made on the version the device has seen).
 * A visit's own field is written by `editDraft` with the visit itself.
 */
async function restoreOnDevice(
  db: AppDatabase,
  conflict: Conflict,
  visit: VisitRecord,
  now: Date,
): Promise<'not_found' | undefined> {
  const { collection, recordId, field, visitId, lost } = conflict;
  const table = tableOf(db, collection);
  const itemKey = itemKeyOfRecordId(recordId);
  const record =
    collection === 'visits'
      ? (visit as unknown as RecordData)
      : ((await table.get(localKeyOf(collection, recordId, { visitId, itemKey }))) as
          RecordData | undefined);
  if (!record) return 'not_found';
  const restored = setField(record, field, lost.value);
  const change = { table: collection, entityId: recordId, op: 'put', payload: restored } as const;
  await Promise.all([
    collection === 'visits' ? undefined : table.put(restored),
    enqueue(db, { ...change, fields: [field] }, now),
  ]);
  return undefined;
}

/**
 * Records a person's choice, in one transaction with its outbox row: keeping
 * the value the server kept changes nothing else; keeping the other one puts
 * it back on the device at once (only while the visit can still be edited,
 * as the server will check). An acknowledgement of a completed visit is the
 * exception: the server puts it back, and the device sees it on the next sync.
 */
export async function resolveConflict(
  db: AppDatabase,
  conflictId: string,
  keep: ConflictChoice,
  userId: string,
  now: Date,
): Promise<EditOutcome> {
  const tables = [db.conflicts, db.visits, db.answers, db.rows, db.actions, db.attachments];
  return db.transaction('rw', [...tables, db.blobs, db.outbox, db.settings], async () => {
    const conflict = await db.conflicts.get(conflictId);
    if (!conflict) return 'not_found';
    if (conflict.resolution) return 'saved';
    if (keep === 'lost' && conflict.field !== 'acknowledgement') {
      const visitFields: VisitFields =
        conflict.collection === 'visits' ? { [conflict.field]: conflict.lost.value } : {};
      const outcome = await editDraft(
        db,
        conflict.visitId,
        now,
        (visit) => restoreOnDevice(db, conflict, visit, now),
        visitFields,
      );
      if (outcome !== 'saved') return outcome;
    }
    const resolved: ConflictRecord = {
      ...conflict,
      resolution: { keep, by: userId, at: now.toISOString() },
    };
    await Promise.all([
      db.conflicts.put(resolved),
      enqueue(
        db,
        {
          table: 'conflicts',
          entityId: conflictId,
          op: 'resolve',
          payload: { conflictId, keep, visitId: conflict.visitId },
        },
        now,
      ),
    ]);
    return 'saved';
  });
}

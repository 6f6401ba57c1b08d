import { answerRecordId } from '../../shared/checklist/answer-keys.ts';
import type { Answer } from '../../shared/checklist/answer-schema.ts';
import { isEditable } from '../../shared/visits/status-transitions.ts';
import type { AppDatabase } from './app-database.ts';
import type { EditOutcome } from './draft-edit.ts';
import { changedAnswerFields, withPhotos } from './answer-records.ts';
import { NEXT_MUTATION_ID, outboxCursor, outboxWrite } from './outbox-step.ts';
import type { AnswerRecord, OutboxRow, SettingRow, VisitRecord } from './rows.ts';
import { signalWrites } from './signal-writes.ts';

const STORES = ['visits', 'answers', 'outbox', 'settings'];

function result<T>(request: IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('Transaction aborted', 'AbortError'));
  });
}

/** Aborts unless the transaction is already over (a failed request aborts it by itself). */
function abortQuietly(tx: IDBTransaction): void {
  try {
    tx.abort();
  } catch {
    // Already finished.
  }
}

async function lastRow(outbox: IDBObjectStore): Promise<OutboxRow | undefined> {
  const cursor = await result<IDBCursorWithValue | null>(outbox.openCursor(null, 'prev'));
  return cursor?.value as OutboxRow | undefined;
}

/**
 * The answer path of `editDraft`, written straight on IndexedDB: the same
 * records in one transaction of two round trips — the visit, the stored answer
 * (its photos), the outbox's last row and next mutation id read together; the
 * answer, its outbox row, the counter and the visit's `updatedAt` written
 * together — without Dexie's per-request bookkeeping, which at a tablet's CPU
 * is most of the time between a tap and its commit. Live queries are told once
 * the transaction has committed.
 */
export async function writeAnswerDirectly(
  db: AppDatabase,
  visitId: string,
  itemKey: string,
  answer: Answer,
  now: Date,
): Promise<EditOutcome> {
  if (!db.isOpen()) await db.open();
  const tx = db.backendDB().transaction(STORES, 'readwrite');
  const done = committed(tx);
  const store = (name: string) => tx.objectStore(name);
  try {
    const [visit, stored, last, counter] = await Promise.all([
      result<VisitRecord | undefined>(store('visits').get(visitId)),
      result<AnswerRecord | undefined>(store('answers').get([visitId, itemKey])),
      lastRow(store('outbox')),
      result<SettingRow | undefined>(store('settings').get(NEXT_MUTATION_ID)),
    ]);
    const refusal = !visit ? 'not_found' : isEditable(visit.status) ? undefined : 'read_only';
    if (refusal || !visit) {
      abortQuietly(tx);
      await done.catch(() => undefined);
      return refusal ?? 'not_found';
    }
    const updatedAt = now.toISOString();
    const record: AnswerRecord = {
      visitId,
      itemKey,
      answer: withPhotos(answer, stored?.answer.photos ?? []),
      updatedAt,
    };
    const change = {
      table: 'answers',
      entityId: answerRecordId(visitId, itemKey),
      op: 'put',
      payload: record,
      ...changedAnswerFields(stored, record),
    } as const;
    const write = outboxWrite(outboxCursor(last, counter?.value), change, updatedAt);
    store('answers').put(record);
    store('visits').put({ ...visit, updatedAt });
    if (write.kind === 'replace') store('outbox').put(write.row);
    else {
      store('outbox').add(write.row);
      store('settings').put({ key: NEXT_MUTATION_ID, value: write.nextMutationId });
    }
  } catch (error) {
    // A failed request aborts the transaction: nothing of this answer was saved.
    abortQuietly(tx);
    await done.catch(() => undefined);
    throw error;
  }
  await done;
  // Of the settings, only the next mutation id changed: the screens reading others stay as they are.
  signalWrites(db, STORES, { settings: [NEXT_MUTATION_ID] });
  return 'saved';
}

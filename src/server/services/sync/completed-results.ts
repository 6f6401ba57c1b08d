import type { Queryable } from '../../db/port.ts';
import {
  loadVisitContent,
  saveVisitResults,
  type VisitContentRecord,
} from '../../queries/visit-results.ts';
import { computeVisitResults } from '../visit-results.ts';
import { recordKey, type PushState } from './state.ts';

const isContent = (collection: string): collection is VisitContentRecord['collection'] =>
  collection === 'visits' || collection === 'answers' || collection === 'rows';

/**
 * Records the result of every visit this push completed, in its transaction:
 * what the database holds for the visit with this push's own writes laid
 * over it (they are saved only afterwards, when the push takes its version).
 */
export async function recordCompletedResults(tx: Queryable, state: PushState): Promise<void> {
  const ids = [...state.changedVisits].filter((id) => state.visits.get(id)?.status === 'completed');
  if (ids.length === 0) return;
  const wanted = new Set(ids);
  const records = new Map(
    (await loadVisitContent(tx, ids)).map((record) => [
      recordKey(record.collection, record.id),
      record,
    ]),
  );
  for (const key of state.changed) {
    const record = state.records.get(key);
    if (!record || !wanted.has(record.visitId) || !isContent(record.collection)) continue;
    if (record.deleted) records.delete(key);
    else {
      const { collection, id, visitId, data } = record;
      records.set(key, { collection, id, visitId, data });
    }
  }
  await saveVisitResults(tx, await computeVisitResults(tx, [...records.values()]));
}

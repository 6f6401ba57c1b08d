import type { Answer } from '../../shared/checklist/answer-schema.ts';
import type { AppDatabase } from './app-database.ts';
import { enqueue, type Change } from './outbox-repository.ts';

/** The answer with exactly these photos (no `photos` field when there are none). */
export function withPhotos(answer: Answer, photos: readonly string[]): Answer {
  const { photos: _old, ...rest } = answer;
  return photos.length === 0 ? rest : { ...rest, photos: [...photos] };
}

/** The photos an item's stored answer lists, in the order they were added. */
export async function storedPhotos(
  db: AppDatabase,
  visitId: string,
  itemKey: string,
): Promise<string[]> {
  return (await db.answers.get([visitId, itemKey]))?.answer.photos ?? [];
}

/**
 * Writes one answer record and its outbox row. Call it inside a transaction over
 * answers, outbox and settings (`editDraft` opens one).
 */
export async function putAnswer(
  db: AppDatabase,
  visitId: string,
  itemKey: string,
  answer: Answer,
  now: Date,
): Promise<void> {
  const record = { visitId, itemKey, answer, updatedAt: now.toISOString() };
  const change: Change = {
    table: 'answers',
    entityId: `${visitId}:${itemKey}`,
    op: 'put',
    payload: record,
  };
  await Promise.all([db.answers.put(record), enqueue(db, change, now)]);
}

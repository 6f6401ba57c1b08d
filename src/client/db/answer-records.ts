import type { Answer } from '../../shared/checklist/answer-schema.ts';
import type { AppDatabase } from './app-database.ts';
import { answerRecordId } from '../../shared/checklist/answer-keys.ts';
import { editableFields } from '../../shared/sync/editable-fields.ts';
import { changedFields } from '../../shared/sync/field-paths.ts';
import { enqueue, type Change } from './outbox-repository.ts';
import type { AnswerRecord } from './rows.ts';

/** The answer with exactly these photos (no `photos` field when there are none). */
export function withPhotos(answer: Answer, photos: readonly string[]): Answer {
  const { photos: _old, ...rest } = answer;
  return photos.length === 0 ? rest : { ...rest, photos: [...photos] };
}

/**
 * Which parts of an answer a change touched, for its outbox row; nothing
 * listed when the answer is new (the whole record is sent).
 */
export function changedAnswerFields(
  before: AnswerRecord | undefined,
  after: AnswerRecord,
): { fields?: string[] } {
  if (!before) return {};
  return { fields: changedFields(before, after, editableFields.answers) };
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
  const existing = await db.answers.get([visitId, itemKey]);
  const change: Change = {
    table: 'answers',
    entityId: answerRecordId(visitId, itemKey),
    op: 'put',
    payload: record,
    ...changedAnswerFields(existing, record),
  };
  await Promise.all([db.answers.put(record), enqueue(db, change, now)]);
}

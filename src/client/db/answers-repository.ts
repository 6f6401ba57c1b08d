import type { Answers } from '../../shared/checklist/answer-schema.ts';
import { rowAnswerKey } from '../../shared/checklist/answer-keys.ts';
import { assembleAnswers } from '../../shared/checklist/assemble-answers.ts';
import type { AppDatabase } from './app-database.ts';
import { newId } from './ids.ts';
import { enqueue } from './outbox-repository.ts';
import { editDraft } from './draft-edit.ts';
import { putAnswer } from './answer-records.ts';
import { writeAnswerDirectly } from './answer-direct-write.ts';
import { attachmentsUnder, copyAttachments, deleteAttachments } from './attachment-records.ts';

/**
 * Saves one answer (`itemKey` is an item key, or `group/rowId/item`) and its
 * outbox row. When the promise resolves the answer is in IndexedDB. The photos
 * stay as stored: they change only with their attachments (attachments-repository),
 * so a note saved from a screen that has not yet seen a new photo cannot drop it.
 * The most frequent write of all, so it takes the direct path (answer-direct-write).
 */
export const saveAnswer = writeAnswerDirectly;

/** Every answer of a visit in the engine's shape, table rows in their order. */
export async function loadAnswers(db: AppDatabase, visitId: string): Promise<Answers> {
  const [records, rows] = await Promise.all([
    db.answers.where('visitId').equals(visitId).toArray(),
    db.rows.where('visitId').equals(visitId).toArray(),
  ]);
  return assembleAnswers(records, rows);
}

async function putRow(
  db: AppDatabase,
  visitId: string,
  group: string,
  position: number,
  now: Date,
) {
  const row = { id: newId(), visitId, group, position, createdAt: now.toISOString() };
  await db.rows.add(row);
  await enqueue(db, { table: 'rows', entityId: row.id, op: 'put', payload: row }, now);
  return row;
}

/** Adds an empty row at the end of a table; resolves to its id (or the refusal). */
export async function addRow(db: AppDatabase, visitId: string, group: string, now: Date) {
  let rowId: string | undefined;
  const outcome = await editDraft(db, visitId, now, async () => {
    const rows = await db.rows.where('[visitId+group]').equals([visitId, group]).toArray();
    const last = Math.max(0, ...rows.map((r) => r.position));
    rowId = (await putRow(db, visitId, group, last + 1, now)).id;
  });
  return { outcome, rowId };
}

/**
 * Copies a row with all its answers and photos right below it (a second journal
 * of the same teacher, say); the copied photos share their images.
 */
export async function duplicateRow(db: AppDatabase, visitId: string, sourceId: string, now: Date) {
  let rowId: string | undefined;
  const outcome = await editDraft(db, visitId, now, async () => {
    const source = await db.rows.get(sourceId);
    if (!source || source.visitId !== visitId) return 'not_found';
    const siblings = await db.rows
      .where('[visitId+group]')
      .equals([visitId, source.group])
      .toArray();
    const next = siblings.map((r) => r.position).filter((p) => p > source.position);
    const position =
      next.length === 0 ? source.position + 1 : (source.position + Math.min(...next)) / 2;
    const copy = await putRow(db, visitId, source.group, position, now);
    const prefix = rowAnswerKey(source.group, source.id, '');
    const answers = await db.answers.where('visitId').equals(visitId).toArray();
    const copyPrefix = rowAnswerKey(source.group, copy.id, '');
    for (const { itemKey, answer } of answers.filter((a) => a.itemKey.startsWith(prefix))) {
      await putAnswer(db, visitId, copyPrefix + itemKey.slice(prefix.length), answer, now);
    }
    await copyAttachments(db, visitId, prefix, copyPrefix, now);
    rowId = copy.id;
  });
  return { outcome, rowId };
}

/** Removes a row with its answers and photos. */
export function removeRow(db: AppDatabase, visitId: string, rowId: string, now: Date) {
  return editDraft(db, visitId, now, async () => {
    const row = await db.rows.get(rowId);
    if (!row || row.visitId !== visitId) return 'not_found';
    const prefix = rowAnswerKey(row.group, row.id, '');
    const keys = (await db.answers.where('visitId').equals(visitId).primaryKeys()).filter(
      ([, itemKey]) => itemKey.startsWith(prefix),
    );
    await db.answers.bulkDelete(keys);
    await deleteAttachments(db, await attachmentsUnder(db, visitId, prefix), now);
    await db.rows.delete(rowId);
    await enqueue(db, { table: 'rows', entityId: rowId, op: 'delete', payload: { visitId } }, now);
  });
}

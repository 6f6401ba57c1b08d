import type { AppDatabase } from './app-database.ts';
import { newId } from './ids.ts';
import { enqueue } from './outbox-repository.ts';
import type { AttachmentRecord } from './rows.ts';

/**
 * Attachment records and their outbox rows, written inside a transaction that
 * `editDraft` opened (attachments, blobs, outbox, settings).
 */

export async function putAttachment(
  db: AppDatabase,
  attachment: AttachmentRecord,
  now: Date,
): Promise<void> {
  await db.attachments.put(attachment);
  await enqueue(
    db,
    { table: 'attachments', entityId: attachment.id, op: 'put', payload: attachment },
    now,
  );
}

/** Removes attachments; an image no attachment points to any more leaves the device too. */
export async function deleteAttachments(
  db: AppDatabase,
  attachments: readonly AttachmentRecord[],
  now: Date,
): Promise<void> {
  for (const { id, visitId } of attachments) {
    await db.attachments.delete(id);
    await enqueue(
      db,
      { table: 'attachments', entityId: id, op: 'delete', payload: { visitId } },
      now,
    );
  }
  for (const sha256 of new Set(attachments.map((a) => a.sha256))) {
    const users = await db.attachments.where('sha256').equals(sha256).count();
    if (users === 0) await db.blobs.delete(sha256);
  }
}

/** The attachments of a visit whose item keys start with `prefix` (a table row's items). */
export function attachmentsUnder(
  db: AppDatabase,
  visitId: string,
  prefix: string,
): Promise<AttachmentRecord[]> {
  return db.attachments
    .where('visitId')
    .equals(visitId)
    .filter((a) => a.itemKey.startsWith(prefix))
    .toArray();
}

/** Copies attachments under `from` to the same item keys under `to`; the images are shared. */
export async function copyAttachments(
  db: AppDatabase,
  visitId: string,
  from: string,
  to: string,
  now: Date,
): Promise<void> {
  for (const source of await attachmentsUnder(db, visitId, from)) {
    const itemKey = to + source.itemKey.slice(from.length);
    await putAttachment(db, { ...source, id: newId(), itemKey, createdAt: now.toISOString() }, now);
  }
}

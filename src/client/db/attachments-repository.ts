import type { AppDatabase } from './app-database.ts';
import { putAnswer, storedPhotos, withPhotos } from './answer-records.ts';
import { deleteAttachments, putAttachment } from './attachment-records.ts';
import { editDraft, type EditOutcome } from './draft-edit.ts';
import { newId } from './ids.ts';

/** A photo ready to be kept: a JPEG at most 1600 px, its thumbnail, and its SHA-256. */
export interface NewPhoto {
  sha256: string;
  blob: Blob;
  thumbnail: Blob;
  width: number;
  height: number;
  /** When the camera made the file. */
  takenAt: Date;
}

/**
 * Attaches a photo to an item (`itemKey` as for answers): the image (kept once
 * per SHA-256, however many items show it), the attachment, the item's answer
 * with the photo appended, and their outbox rows, in one transaction. A photo the
 * item already has is not added twice.
 */
export function addPhoto(
  db: AppDatabase,
  visitId: string,
  itemKey: string,
  photo: NewPhoto,
  now: Date,
): Promise<EditOutcome> {
  return editDraft(db, visitId, now, async () => {
    const photos = await storedPhotos(db, visitId, itemKey);
    if (photos.includes(photo.sha256)) return;
    const at = now.toISOString();
    if ((await db.blobs.where('sha256').equals(photo.sha256).count()) === 0) {
      const { sha256, blob, thumbnail } = photo;
      await db.blobs.add({ sha256, blob, thumbnail, uploaded: 0, createdAt: at });
    }
    await putAttachment(
      db,
      {
        id: newId(),
        visitId,
        itemKey,
        sha256: photo.sha256,
        width: photo.width,
        height: photo.height,
        bytes: photo.blob.size,
        mimeType: 'image/jpeg',
        takenAt: photo.takenAt.toISOString(),
        createdAt: at,
      },
      now,
    );
    const answer = (await db.answers.get([visitId, itemKey]))?.answer ?? {};
    await putAnswer(db, visitId, itemKey, withPhotos(answer, [...photos, photo.sha256]), now);
  });
}

/**
 * Takes a photo off an item: its attachment, the SHA-256 from the item's answer,
 * and the image itself unless another attachment still shows it.
 */
export function removePhoto(
  db: AppDatabase,
  visitId: string,
  itemKey: string,
  sha256: string,
  now: Date,
): Promise<EditOutcome> {
  return editDraft(db, visitId, now, async () => {
    const stored = await db.answers.get([visitId, itemKey]);
    const photos = stored?.answer.photos ?? [];
    if (!stored || !photos.includes(sha256)) return 'not_found';
    const attachments = await db.attachments
      .where('[visitId+itemKey]')
      .equals([visitId, itemKey])
      .filter((a) => a.sha256 === sha256)
      .toArray();
    await deleteAttachments(db, attachments, now);
    const rest = photos.filter((p) => p !== sha256);
    await putAnswer(db, visitId, itemKey, withPhotos(stored.answer, rest), now);
  });
}

/** A stored image by its SHA-256: the full JPEG or its thumbnail. */
export async function getPhotoImage(
  db: AppDatabase,
  sha256: string,
  size: 'full' | 'thumbnail',
): Promise<Blob | undefined> {
  const record = await db.blobs.get(sha256);
  return size === 'full' ? record?.blob : record?.thumbnail;
}

import type { AppDatabase } from './app-database.ts';
import type { BlobRecord } from './rows.ts';

/** Photos and signatures taken on this device that the server does not have yet. */
export function photosWaitingForUpload(db: AppDatabase): Promise<BlobRecord[]> {
  return db.blobs.where('uploaded').equals(0).toArray();
}

export function countPhotosWaiting(db: AppDatabase): Promise<number> {
  return db.blobs.where('uploaded').equals(0).count();
}

export async function markPhotoUploaded(db: AppDatabase, sha256: string): Promise<void> {
  await db.blobs.update(sha256, { uploaded: 1 });
}

/** Files the device's records point to but it does not hold: taken on another device. */
export async function photosToDownload(db: AppDatabase): Promise<string[]> {
  // Keys only: the photos themselves stay on disk, however many the device holds.
  const [attached, visits] = await Promise.all([
    db.attachments.orderBy('sha256').uniqueKeys(),
    db.visits.toArray(),
  ]);
  const wanted = new Set([
    ...attached.map(String),
    ...visits.flatMap((visit) => visit.acknowledgement?.signature ?? []),
  ]);
  const held = new Set(
    await db.blobs
      .where('sha256')
      .anyOf([...wanted])
      .primaryKeys(),
  );
  return [...wanted].filter((sha256) => !held.has(sha256));
}

/** Keeps a downloaded file; it is the server's already, so nothing waits to be sent. */
export async function storeDownloadedPhoto(
  db: AppDatabase,
  sha256: string,
  blob: Blob,
  now: Date,
): Promise<void> {
  await db.blobs.put({ sha256, blob, thumbnail: blob, uploaded: 1, createdAt: now.toISOString() });
}

import { downloadBlob, serverHasBlob, uploadBlob } from '../api/sync-api.ts';
import type { AppDatabase } from '../db/app-database.ts';
import {
  markPhotoUploaded,
  photosToDownload,
  photosWaitingForUpload,
  storeDownloadedPhoto,
} from '../db/photo-queue.ts';
import { sha256Hex } from '../lib/sha256-hex.ts';

/**
 * Uploads the device's photos the server lacks, one by one: an upload cut
 * short is sent again whole next time (the server keeps a file once).
 */
export async function uploadPhotos(db: AppDatabase, token: string): Promise<number> {
  let uploaded = 0;
  for (const photo of await photosWaitingForUpload(db)) {
    if (!(await serverHasBlob(token, photo.sha256))) {
      await uploadBlob(token, photo.sha256, photo.blob);
    }
    await markPhotoUploaded(db, photo.sha256);
    uploaded += 1;
  }
  return uploaded;
}

/** Downloads photos taken on other devices; a damaged download is dropped and tried again later. */
export async function downloadPhotos(db: AppDatabase, token: string): Promise<number> {
  let downloaded = 0;
  for (const sha256 of await photosToDownload(db)) {
    const blob = await downloadBlob(token, sha256);
    if (!blob || (await sha256Hex(blob)) !== sha256) continue;
    await storeDownloadedPhoto(db, sha256, blob, new Date());
    downloaded += 1;
  }
  return downloaded;
}

import { createHash } from 'node:crypto';
import { type User } from '../../shared/schemas/user.ts';
import { managesDistrict } from '../../shared/district-roles.ts';
import type { Db } from '../db/port.ts';
import type { BinaryFile } from '../http/endpoint.ts';
import { ProblemError } from '../problem-error.ts';
import { blobInScope, findBlob, insertBlob, readBlobBytes } from '../queries/blobs.ts';

/** Photos are JPEGs; a finger signature is a PNG. */
export const BLOB_TYPES = ['image/jpeg', 'image/png'] as const;
export const MAX_BLOB_BYTES = 20 * 1024 * 1024;

const notFound = (sha256: string) =>
  new ProblemError('not_found', { sha256 }, 'Файл не найден на сервере.');

/**
 * Stores a file under its SHA-256 after checking the bytes against it: a
 * retried upload is answered the same way and stores nothing twice.
 */
export async function storeBlob(
  db: Db,
  user: User,
  upload: { sha256: string; mimeType: string; bytes: Buffer },
): Promise<{ sha256: string; size: number; stored: boolean }> {
  const actual = createHash('sha256').update(upload.bytes).digest('hex');
  if (actual !== upload.sha256) {
    throw new ProblemError('hash_mismatch', { expected: upload.sha256, actual });
  }
  const stored = await insertBlob(db, { ...upload, uploadedBy: user.id });
  return { sha256: upload.sha256, size: upload.bytes.length, stored };
}

/** Whether the person may fetch the file: the district always; others their uploads and their visits' files. */
async function mayRead(db: Db, user: User, sha256: string, uploadedBy: string): Promise<boolean> {
  if (managesDistrict(user.role) || uploadedBy === user.id) return true;
  return blobInScope(db, user, sha256);
}

/** The file, or `bytes: null` when only asked whether it is there (HEAD). */
export async function fetchBlob(
  db: Db,
  user: User,
  sha256: string,
  withBytes: boolean,
): Promise<BinaryFile> {
  const found = await findBlob(db, sha256);
  if (!found || !(await mayRead(db, user, sha256, found.uploadedBy))) throw notFound(sha256);
  const bytes = withBytes ? await readBlobBytes(db, sha256) : null;
  if (withBytes && !bytes) throw notFound(sha256);
  return { contentType: found.mimeType, size: found.size, bytes: bytes ?? null };
}

import type { User } from '../../shared/schemas/user.ts';
import type { Queryable } from '../db/port.ts';
import { scopeOf } from './sync-pull.ts';

export interface StoredBlob {
  mimeType: string;
  size: number;
  uploadedBy: string;
}

export async function findBlob(db: Queryable, sha256: string): Promise<StoredBlob | undefined> {
  const rows = await db.query<{ mime_type: string; size: number; uploaded_by: string }>(
    'SELECT mime_type, size, uploaded_by FROM blobs WHERE sha256 = $1',
    [sha256],
  );
  const row = rows[0];
  return row && { mimeType: row.mime_type, size: row.size, uploadedBy: row.uploaded_by };
}

export async function readBlobBytes(db: Queryable, sha256: string): Promise<Buffer | undefined> {
  const rows = await db.query<{ bytes: Uint8Array }>('SELECT bytes FROM blobs WHERE sha256 = $1', [
    sha256,
  ]);
  const bytes = rows[0]?.bytes;
  return bytes && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Stores a file once: the same bytes sent again change nothing. */
export async function insertBlob(
  db: Queryable,
  blob: { sha256: string; mimeType: string; bytes: Buffer; uploadedBy: string },
): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO blobs (sha256, mime_type, size, bytes, uploaded_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (sha256) DO NOTHING RETURNING sha256`,
    [blob.sha256, blob.mimeType, blob.bytes.length, blob.bytes, blob.uploadedBy],
  );
  return rows.length > 0;
}

/** Whether a photo or signature is part of a visit the person sees. */
export async function blobInScope(db: Queryable, user: User, sha256: string): Promise<boolean> {
  const scope = scopeOf(user, 2);
  const rows = await db.query(
    `SELECT 1 FROM sync_records r JOIN sync_visits v ON v.visit_id = r.visit_id
     WHERE NOT r.deleted AND ${scope.sql} AND (
       (r.collection = 'attachments' AND r.data ->> 'sha256' = $1)
       OR (r.collection = 'visits' AND r.data -> 'acknowledgement' ->> 'signature' = $1))
     LIMIT 1`,
    [sha256, ...scope.params],
  );
  return rows.length > 0;
}

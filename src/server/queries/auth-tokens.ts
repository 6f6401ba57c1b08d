import type { Queryable } from '../db/port.ts';
import { isoTimestamp } from './row-values.ts';

export async function insertAuthToken(
  db: Queryable,
  token: { hash: string; userId: string; expiresAt: Date },
): Promise<void> {
  await db.query('INSERT INTO auth_tokens (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [
    token.hash,
    token.userId,
    token.expiresAt,
  ]);
}

/** The live token's owner and expiry; expired tokens are not found. */
export async function findLiveToken(
  db: Queryable,
  hash: string,
  now: Date,
): Promise<{ userId: string; expiresAt: string } | undefined> {
  const rows = await db.query<{ user_id: string; expires_at: Date }>(
    'SELECT user_id, expires_at FROM auth_tokens WHERE token_hash = $1 AND expires_at > $2',
    [hash, now],
  );
  const row = rows[0];
  return row && { userId: row.user_id, expiresAt: isoTimestamp(row.expires_at) };
}

export async function deleteAuthToken(db: Queryable, hash: string): Promise<void> {
  await db.query('DELETE FROM auth_tokens WHERE token_hash = $1', [hash]);
}

export async function deleteExpiredTokens(db: Queryable, now: Date): Promise<number> {
  const rows = await db.query('DELETE FROM auth_tokens WHERE expires_at <= $1 RETURNING 1', [now]);
  return rows.length;
}

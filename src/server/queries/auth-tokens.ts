import type { Queryable } from '../db/port.ts';

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

export async function deleteAuthToken(db: Queryable, hash: string): Promise<void> {
  await db.query('DELETE FROM auth_tokens WHERE token_hash = $1', [hash]);
}

export async function deleteExpiredTokens(db: Queryable, now: Date): Promise<number> {
  const rows = await db.query('DELETE FROM auth_tokens WHERE expires_at <= $1 RETURNING 1', [now]);
  return rows.length;
}

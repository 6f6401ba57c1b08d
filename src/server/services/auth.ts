import { createHash, randomBytes } from 'node:crypto';
import type { LoginRequest, LoginResponse, MeResponse } from '../../shared/schemas/auth.ts';
import type { Db } from '../db/port.ts';
import { ProblemError } from '../problem-error.ts';
import { deleteAuthToken, deleteExpiredTokens, insertAuthToken } from '../queries/auth-tokens.ts';
import { findUserByLiveToken, findUserForLogin } from '../queries/users.ts';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './passwords.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function logIn(
  db: Db,
  request: LoginRequest,
  options: { ttlDays: number; now: Date },
): Promise<LoginResponse> {
  const found = await findUserForLogin(db, request.login);
  const passwordOk = await verifyPassword(
    request.password,
    found?.passwordHash ?? DUMMY_PASSWORD_HASH,
  );
  if (!found || !passwordOk) throw new ProblemError('invalid_credentials');
  if (!found.active) throw new ProblemError('account_disabled');
  await deleteExpiredTokens(db, options.now);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(options.now.getTime() + options.ttlDays * DAY_MS);
  await insertAuthToken(db, { hash: hashToken(token), userId: found.id, expiresAt });
  const { passwordHash: _, ...user } = found;
  return { token, expiresAt: expiresAt.toISOString(), user };
}

/** The person behind a bearer token, or an `unauthenticated` problem. */
export async function authenticate(db: Db, token: string, now: Date): Promise<MeResponse> {
  const live = await findUserByLiveToken(db, hashToken(token), now);
  if (!live) throw new ProblemError('unauthenticated', { reason: 'token_unknown_or_expired' });
  if (!live.user.active) throw new ProblemError('account_disabled');
  return live;
}

export async function logOut(db: Db, token: string): Promise<void> {
  await deleteAuthToken(db, hashToken(token));
}

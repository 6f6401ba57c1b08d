import type { User } from '../../shared/schemas/user.ts';
import type { AppDatabase } from './app-database.ts';

export interface LocalSession {
  token: string;
  expiresAt: string;
  signedInAt: string;
  user: User;
}

/** The person signed in on this device, or `undefined`. */
export async function readSession(db: AppDatabase): Promise<LocalSession | undefined> {
  return db.transaction('r', db.session, db.users, async () => {
    const row = await db.session.get('current');
    const user = row && (await db.users.get(row.userId));
    if (!row || !user) return undefined;
    return { token: row.token, expiresAt: row.expiresAt, signedInAt: row.signedInAt, user };
  });
}

export async function saveSession(
  db: AppDatabase,
  session: { token: string; expiresAt: string; user: User },
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.session, db.users, async () => {
    await db.users.put(session.user);
    await db.session.put({
      key: 'current',
      token: session.token,
      expiresAt: session.expiresAt,
      userId: session.user.id,
      signedInAt: now.toISOString(),
    });
  });
}

export type SignOutOutcome = { ok: true } | { ok: false; unsent: number };

/**
 * Forgets the session unless the outbox still holds changes the server has
 * not acknowledged: those must never be stranded behind a sign-out.
 */
export async function signOutLocally(db: AppDatabase): Promise<SignOutOutcome> {
  return db.transaction('rw', db.session, db.outbox, async () => {
    const unsent = await db.outbox.count();
    if (unsent > 0) return { ok: false, unsent };
    await db.session.delete('current');
    return { ok: true };
  });
}

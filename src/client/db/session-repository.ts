import type { User } from '../../shared/schemas/user.ts';
import type { AppDatabase } from './app-database.ts';
import { countPhotosWaiting } from './photo-queue.ts';
import { DIRECTORY_REFRESHED_AT } from './schools-repository.ts';
import { SYNC_SETTINGS } from './sync-settings.ts';
import { syncedTables } from './synced-tables.ts';

export interface LocalSession {
  token: string;
  expiresAt: string;
  signedInAt: string;
  user: User;
  /** The server no longer accepts the token: the person must sign in again to sync. */
  needsSignIn: boolean;
}

/** The person signed in on this device, or `undefined`. */
export async function readSession(db: AppDatabase): Promise<LocalSession | undefined> {
  return db.transaction('r', db.session, db.users, async () => {
    const row = await db.session.get('current');
    const user = row && (await db.users.get(row.userId));
    if (!row || !user) return undefined;
    const { token, expiresAt, signedInAt } = row;
    return { token, expiresAt, signedInAt, user, needsSignIn: row.needsSignIn === true };
  });
}

/** The tables that hold only what the person signed in recorded or received. */
const personTables = (db: AppDatabase) => [
  db.session,
  db.users,
  db.schools,
  db.blobs,
  db.rejections,
  ...syncedTables(db),
];

/** Signing in and out reads the outbox and the settings besides. */
const signInTables = (db: AppDatabase) => [...personTables(db), db.outbox, db.settings];

/**
 * Removes what belongs to the person signed in, as opposed to the device (its
 * language): the next person on a shared tablet sees none of it. Only called
 * once the server has everything (nothing in the outbox, no photo waiting).
 */
async function forgetPersonData(db: AppDatabase): Promise<void> {
  await Promise.all(personTables(db).map((table) => table.clear()));
  await db.settings.bulkDelete([DIRECTORY_REFRESHED_AT, ...Object.values(SYNC_SETTINGS)]);
}

/** What the server does not have yet: changes, and photos waiting for upload. */
async function unsentOf(db: AppDatabase): Promise<number> {
  const [changes, photos] = await Promise.all([db.outbox.count(), countPhotosWaiting(db)]);
  return changes + photos;
}

export type SignInOutcome = { ok: true } | { ok: false; unsent: number; holder: string };

/**
 * Keeps a sign-in on the device. The same person signing in again (an expired
 * token) keeps everything; another person replaces the previous one's data, but
 * only when nothing of theirs is waiting to be sent.
 */
export async function signIn(
  db: AppDatabase,
  session: { token: string; expiresAt: string; user: User },
  now: Date,
): Promise<SignInOutcome> {
  return db.transaction('rw', signInTables(db), async () => {
    const previous = await db.session.get('current');
    if (previous && previous.userId !== session.user.id) {
      const unsent = await unsentOf(db);
      if (unsent > 0) {
        const holder = (await db.users.get(previous.userId))?.fullName ?? '';
        return { ok: false as const, unsent, holder };
      }
      await forgetPersonData(db);
    }
    await db.users.put(session.user);
    await db.session.put({
      key: 'current',
      token: session.token,
      expiresAt: session.expiresAt,
      userId: session.user.id,
      signedInAt: now.toISOString(),
    });
    return { ok: true as const };
  });
}

/** The server refused the token: the data stays, the person is asked to sign in again. */
export async function markSignInNeeded(db: AppDatabase): Promise<void> {
  await db.session.update('current', { needsSignIn: true });
}

export type SignOutOutcome = { ok: true } | { ok: false; unsent: number };

/**
 * Signs out and removes the person's data from the device, unless the outbox
 * still holds changes the server has not acknowledged: those must never be
 * stranded behind a sign-out.
 */
export async function signOutLocally(db: AppDatabase): Promise<SignOutOutcome> {
  return db.transaction('rw', signInTables(db), async () => {
    const unsent = await unsentOf(db);
    if (unsent > 0) return { ok: false as const, unsent };
    await forgetPersonData(db);
    return { ok: true as const };
  });
}

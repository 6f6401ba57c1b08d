import type { Db } from '../db/port.ts';
import { countUsers, lockUsersTable } from '../queries/users.ts';
import { randomPassword } from './passwords.ts';
import { createUser } from './users.ts';

export type InitialAdmin =
  { created: false } | { created: true; login: string; password: string; generated: boolean };

/**
 * On an empty database, creates the first administrator: from
 * INITIAL_ADMIN_LOGIN / INITIAL_ADMIN_PASSWORD when given, otherwise `admin`
 * with a random password that the caller prints once. There is no default password.
 */
export async function ensureInitialAdmin(
  db: Db,
  given: { login: string; password: string } | undefined,
): Promise<InitialAdmin> {
  return db.transaction(async (tx) => {
    await lockUsersTable(tx);
    if ((await countUsers(tx)) > 0) return { created: false };
    const login = given?.login ?? 'admin';
    const password = given?.password ?? randomPassword();
    await createUser(tx, {
      login,
      password,
      fullName: 'Администратор',
      role: 'admin',
      schoolId: null,
    });
    return { created: true, login, password, generated: given === undefined };
  });
}

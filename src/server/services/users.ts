import type { NewUser, User } from '../../shared/schemas/user.ts';
import type { Queryable } from '../db/port.ts';
import { ProblemError } from '../problem-error.ts';
import { findSchool } from '../queries/schools.ts';
import { insertUser, upsertUserByLogin } from '../queries/users.ts';
import { newId } from './ids.ts';
import { invalidInput } from './invalid-input.ts';
import { hashPassword } from './passwords.ts';

async function checkSchool(db: Queryable, user: Pick<NewUser, 'schoolId'>): Promise<void> {
  if (user.schoolId !== null && !(await findSchool(db, user.schoolId))) {
    throw invalidInput([{ path: 'body.schoolId', message: 'Школа не найдена в справочнике.' }]);
  }
}

/**
 * Writes a new account whose password is already hashed (hashing takes a
 * while: do it before opening a transaction). A taken login is a `conflict`.
 */
export async function insertNewUser(
  db: Queryable,
  user: Omit<NewUser, 'password'>,
  passwordHash: string,
): Promise<User> {
  await checkSchool(db, user);
  const created = await insertUser(db, { ...user, id: newId(), passwordHash });
  if (!created) {
    throw new ProblemError('conflict', { path: 'login' }, `Логин «${user.login}» уже занят.`);
  }
  return created;
}

/** Creates an account (command line, tests); a taken login is a `conflict`. */
export async function createUser(db: Queryable, user: NewUser): Promise<User> {
  return insertNewUser(db, user, await hashPassword(user.password));
}

/** Creates the user or resets an existing one with that login (demo seeding). */
export async function putUser(db: Queryable, user: NewUser): Promise<User> {
  await checkSchool(db, user);
  return upsertUserByLogin(db, {
    ...user,
    id: newId(),
    passwordHash: await hashPassword(user.password),
  });
}

import type { NewUser, User } from '../../shared/schemas/user.ts';
import type { Queryable } from '../db/port.ts';
import { ProblemError } from '../problem-error.ts';
import { findSchool } from '../queries/schools.ts';
import { insertUser, upsertUserByLogin } from '../queries/users.ts';
import { newId } from './ids.ts';
import { hashPassword } from './passwords.ts';

async function checkSchool(db: Queryable, user: NewUser): Promise<void> {
  if (user.schoolId !== null && !(await findSchool(db, user.schoolId))) {
    throw new ProblemError(
      'validation_failed',
      { path: 'schoolId' },
      'Школа не найдена в справочнике.',
    );
  }
}

export async function createUser(db: Queryable, user: NewUser): Promise<User> {
  await checkSchool(db, user);
  const created = await insertUser(db, {
    ...user,
    id: newId(),
    passwordHash: await hashPassword(user.password),
  });
  if (!created) {
    throw new ProblemError('conflict', { path: 'login' }, `Логин «${user.login}» уже занят.`);
  }
  return created;
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

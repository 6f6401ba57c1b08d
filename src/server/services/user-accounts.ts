import type {
  CreateUserRequest,
  CreateUserResponse,
  DirectoryUser,
  PasswordResetResponse,
  UpdateUserRequest,
} from '../../shared/schemas/directory.ts';
import type { User } from '../../shared/schemas/user.ts';
import type { Db, Queryable } from '../db/port.ts';
import { ProblemError } from '../problem-error.ts';
import { replaceSchoolsOfInspector, schoolsOfInspector } from '../queries/inspector-schools.ts';
import { findSchool } from '../queries/schools.ts';
import { findUser, revokeTokensOf, setPasswordHash, updateUser } from '../queries/users.ts';
import { recordAudit } from './audit.ts';
import { invalidInput } from './invalid-input.ts';
import { hashPassword, randomPassword } from './passwords.ts';
import { checkMayGrant, checkMayManage, checkSelfChange } from './user-permissions.ts';
import { insertNewUser } from './users.ts';

/** 15 characters without look-alikes, in three groups of five: easy to read out and type. */
export function temporaryPassword(): string {
  return (randomPassword().match(/.{5}/g) ?? []).join('-');
}

/** The user, or `not_found`. */
export async function userOrNotFound(db: Queryable, id: string): Promise<User> {
  const user = await findUser(db, id);
  if (!user) throw new ProblemError('not_found', { id }, 'Пользователь не найден.');
  return user;
}

async function withSchools(db: Queryable, user: User): Promise<DirectoryUser> {
  return { ...user, schoolIds: await schoolsOfInspector(db, user.id) };
}

/** Creates an account; without a password in the request a temporary one is made and shown once. */
export async function createAccount(
  db: Db,
  actor: User,
  request: CreateUserRequest,
): Promise<CreateUserResponse> {
  checkMayGrant(actor, request.role);
  const generated = request.password === undefined ? temporaryPassword() : null;
  const passwordHash = await hashPassword(request.password ?? generated ?? '');
  return db.transaction(async (tx) => {
    const user = await insertNewUser(tx, request, passwordHash);
    await recordAudit(tx, {
      userId: actor.id,
      action: 'user.create',
      details: { targetId: user.id, login: user.login, role: user.role, schoolId: user.schoolId },
    });
    return { user: { ...user, schoolIds: [] }, temporaryPassword: generated };
  });
}

/** The account after `request`: a role other than «школа» drops the school binding. */
function changed(user: User, request: UpdateUserRequest): User {
  const role = request.role ?? user.role;
  const keptSchool = role === 'school' ? user.schoolId : null;
  return {
    ...user,
    fullName: request.fullName ?? user.fullName,
    role,
    schoolId: request.schoolId === undefined ? keptSchool : request.schoolId,
    active: request.active ?? user.active,
  };
}

async function checkBinding(tx: Queryable, user: User): Promise<void> {
  const path = 'body.schoolId';
  if (user.role === 'school' && user.schoolId === null) {
    const message = 'Пользователь с ролью «школа» привязывается к одной школе: укажите её.';
    throw invalidInput([{ path, message }]);
  }
  if (user.role !== 'school' && user.schoolId !== null) {
    throw invalidInput([
      { path, message: 'К школе привязывается только пользователь с ролью «школа».' },
    ]);
  }
  if (user.schoolId !== null && !(await findSchool(tx, user.schoolId))) {
    throw invalidInput([{ path, message: 'Школа не найдена в справочнике.' }]);
  }
}

/** What changed, field by field, for the audit log. */
function differences(before: User, after: User): Record<string, { from: unknown; to: unknown }> {
  const fields = ['fullName', 'role', 'schoolId', 'active'] as const;
  return Object.fromEntries(
    fields
      .filter((field) => before[field] !== after[field])
      .map((field) => [field, { from: before[field], to: after[field] }]),
  );
}

/**
 * Changes name, role, school binding or state. Switching an account off signs
 * it out everywhere; an account that is no longer an inspector's covers no school.
 */
export async function changeAccount(
  db: Db,
  actor: User,
  id: string,
  request: UpdateUserRequest,
): Promise<DirectoryUser> {
  return db.transaction(async (tx) => {
    const before = await userOrNotFound(tx, id);
    checkMayManage(actor, before);
    if (request.role !== undefined) checkMayGrant(actor, request.role);
    checkSelfChange(actor, before, request);
    const after = changed(before, request);
    await checkBinding(tx, after);
    const saved = (await updateUser(tx, after)) ?? after;
    if (saved.role !== 'inspector') await replaceSchoolsOfInspector(tx, id, []);
    const deactivated = before.active && !saved.active;
    if (deactivated) await revokeTokensOf(tx, id);
    await recordAudit(tx, {
      userId: actor.id,
      action: deactivated ? 'user.deactivate' : 'user.update',
      details: { targetId: id, login: saved.login, changes: differences(before, saved) },
    });
    return withSchools(tx, saved);
  });
}

/**
 * Gives the account a new temporary password, returned once and stored only
 * as a hash; the old password and every token stop working.
 */
export async function resetPassword(
  db: Db,
  actor: User,
  id: string,
): Promise<PasswordResetResponse> {
  const password = temporaryPassword();
  const hash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const user = await userOrNotFound(tx, id);
    checkMayManage(actor, user);
    await setPasswordHash(tx, id, hash);
    const revoked = await revokeTokensOf(tx, id);
    await recordAudit(tx, {
      userId: actor.id,
      action: 'user.password_reset',
      details: { targetId: id, login: user.login, tokensRevoked: revoked },
    });
    return { user: await withSchools(tx, user), temporaryPassword: password };
  });
}

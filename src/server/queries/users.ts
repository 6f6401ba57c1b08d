import type { Person } from '../../shared/schemas/person.ts';
import type { Role, User } from '../../shared/schemas/user.ts';
import type { Queryable } from '../db/port.ts';
import { isoTimestamp } from './row-values.ts';

interface UserRow {
  id: string;
  login: string;
  full_name: string;
  role: Role;
  school_id: string | null;
  active: boolean;
}

interface UserWithHashRow extends UserRow {
  password_hash: string;
}

const USER_COLUMNS = 'id, login, full_name, role, school_id, active';

function toUser(row: UserRow): User {
  return {
    id: row.id,
    login: row.login,
    fullName: row.full_name,
    role: row.role,
    schoolId: row.school_id,
    active: row.active,
  };
}

export interface UserRecord {
  id: string;
  login: string;
  fullName: string;
  role: Role;
  schoolId: string | null;
  passwordHash: string;
}

/** The new user, or `undefined` when the login (case aside) is taken. */
export async function insertUser(db: Queryable, user: UserRecord): Promise<User | undefined> {
  const rows = await db.query<UserRow>(
    `INSERT INTO users (id, login, full_name, role, school_id, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (lower(login)) DO NOTHING
     RETURNING ${USER_COLUMNS}`,
    [user.id, user.login, user.fullName, user.role, user.schoolId, user.passwordHash],
  );
  const row = rows[0];
  return row && toUser(row);
}

/** Serialises first-start checks between server processes sharing one database. */
export async function lockUsersTable(tx: Queryable): Promise<void> {
  await tx.query('LOCK TABLE users IN EXCLUSIVE MODE');
}

/** Creates the user, or gives an existing one with that login new details and password. */
export async function upsertUserByLogin(db: Queryable, user: UserRecord): Promise<User> {
  const rows = await db.query<UserRow>(
    `INSERT INTO users (id, login, full_name, role, school_id, password_hash)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (lower(login)) DO UPDATE SET
       full_name = excluded.full_name, role = excluded.role, school_id = excluded.school_id,
       password_hash = excluded.password_hash, active = true, updated_at = now()
     RETURNING ${USER_COLUMNS}`,
    [user.id, user.login, user.fullName, user.role, user.schoolId, user.passwordHash],
  );
  return toUser(rows[0] as UserRow);
}

export async function findUserForLogin(
  db: Queryable,
  login: string,
): Promise<(User & { passwordHash: string }) | undefined> {
  const rows = await db.query<UserWithHashRow>(
    `SELECT ${USER_COLUMNS}, password_hash FROM users WHERE lower(login) = lower($1)`,
    [login],
  );
  const row = rows[0];
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

/**
 * The user a live token belongs to, and when the token expires; an expired
 * token is not found. One query: every request of a signed-in person asks it.
 */
export async function findUserByLiveToken(
  db: Queryable,
  tokenHash: string,
  now: Date,
): Promise<{ user: User; expiresAt: string } | undefined> {
  const rows = await db.query<UserRow & { expires_at: unknown }>(
    `SELECT u.id, u.login, u.full_name, u.role, u.school_id, u.active, t.expires_at
     FROM auth_tokens t JOIN users u ON u.id = t.user_id
     WHERE t.token_hash = $1 AND t.expires_at > $2`,
    [tokenHash, now],
  );
  const row = rows[0];
  return row && { user: toUser(row), expiresAt: isoTimestamp(row.expires_at) };
}

export async function countUsers(db: Queryable): Promise<number> {
  const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return rows[0]?.n ?? 0;
}

/** A user by id. */
export async function findUser(db: Queryable, id: string): Promise<User | undefined> {
  const rows = await db.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]);
  const row = rows[0];
  return row && toUser(row);
}

/** Every user, alphabetical by name, with the schools each covers (inspectors). */
export async function listUsersWithSchools(
  db: Queryable,
): Promise<(User & { schoolIds: string[] })[]> {
  const rows = await db.query<UserRow & { school_ids: string[] }>(
    `SELECT u.id, u.login, u.full_name, u.role, u.school_id, u.active,
       coalesce(
         (SELECT jsonb_agg(c.school_id ORDER BY c.school_id)
          FROM inspector_schools c WHERE c.user_id = u.id),
         '[]'::jsonb) AS school_ids
     FROM users u
     ORDER BY lower(u.full_name), u.login`,
  );
  return rows.map((row) => ({ ...toUser(row), schoolIds: row.school_ids }));
}

/** Writes the account's name, role, school and state; `undefined` when there is no such user. */
export async function updateUser(
  db: Queryable,
  user: Omit<User, 'login'>,
): Promise<User | undefined> {
  const rows = await db.query<UserRow>(
    `UPDATE users SET full_name = $2, role = $3, school_id = $4, active = $5, updated_at = now()
     WHERE id = $1
     RETURNING ${USER_COLUMNS}`,
    [user.id, user.fullName, user.role, user.schoolId, user.active],
  );
  const row = rows[0];
  return row && toUser(row);
}

/** Replaces the user's password hash. */
export async function setPasswordHash(db: Queryable, id: string, hash: string): Promise<void> {
  await db.query('UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1', [
    id,
    hash,
  ]);
}

/** Signs the user out everywhere: every token of theirs stops working. */
export async function revokeTokensOf(db: Queryable, userId: string): Promise<number> {
  const rows = await db.query('DELETE FROM auth_tokens WHERE user_id = $1 RETURNING 1', [userId]);
  return rows.length;
}

/** Every account's name and role, no logins: what others see of a person. */
export async function listPeople(db: Queryable): Promise<Person[]> {
  const rows = await db.query<{ id: string; full_name: string; role: Role }>(
    'SELECT id, full_name, role FROM users ORDER BY full_name, id',
  );
  return rows.map((row) => ({ id: row.id, fullName: row.full_name, role: row.role }));
}

/** Of these people, the active inspectors. */
export async function activeInspectors(
  db: Queryable,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.query<{ id: string }>(
    `SELECT id FROM users WHERE id = ANY($1::uuid[]) AND role = 'inspector' AND active`,
    [ids],
  );
  return new Set(rows.map((row) => row.id));
}

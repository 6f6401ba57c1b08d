import type { DirectoryUser } from '../../../../shared/schemas/directory.ts';
import { roles, type Role } from '../../../../shared/schemas/user.ts';

/** Roles a person may give: only an admin makes admins (the account's own role stays listed). */
export function grantableRoles(myRole: Role, current?: Role): Role[] {
  return roles.filter((role) => role !== 'admin' || myRole === 'admin' || current === 'admin');
}

/** Accounts in the order of the list: by full name, as a Russian reader sorts. */
export function sortUsers(users: readonly DirectoryUser[]): DirectoryUser[] {
  return [...users].sort((a, b) => a.fullName.localeCompare(b.fullName, 'ru'));
}

/** Puts a changed account in place of the old one, or adds a new one, keeping the order. */
export function withUser(users: readonly DirectoryUser[], user: DirectoryUser): DirectoryUser[] {
  const others = users.filter((u) => u.id !== user.id);
  return sortUsers([...others, user]);
}

import {
  createUserRequestSchema,
  updateUserRequestSchema,
  type DirectoryUser,
  type UpdateUserRequest,
} from '../../../../shared/schemas/directory.ts';
import type { Role } from '../../../../shared/schemas/user.ts';
import type { NewAccount } from '../../../api/users-api.ts';
import { formIssues, type FieldIssues } from '../../../lib/field-issues.ts';

/** What the account form holds while a person types. */
export interface UserDraft {
  login: string;
  fullName: string;
  role: Role;
  /** `''` while no school is chosen. */
  schoolId: string;
  password: string;
}

/** The fields of the account form, as the server names them. */
export const USER_FIELDS = ['login', 'fullName', 'role', 'schoolId', 'password'] as const;

/** An empty form, or the account's values to change. */
export function userDraft(user: DirectoryUser | undefined): UserDraft {
  return {
    login: user?.login ?? '',
    fullName: user?.fullName ?? '',
    role: user?.role ?? 'inspector',
    schoolId: user?.schoolId ?? '',
    password: '',
  };
}

const schoolOf = (draft: UserDraft) =>
  draft.role === 'school' && draft.schoolId !== '' ? draft.schoolId : null;

/** A new account checked on the device; an empty password asks the server for a temporary one. */
export function newAccountOf(draft: UserDraft): { account: NewAccount } | { issues: FieldIssues } {
  const account: NewAccount = {
    login: draft.login,
    fullName: draft.fullName,
    role: draft.role,
    schoolId: schoolOf(draft),
    ...(draft.password === '' ? {} : { password: draft.password }),
  };
  const parsed = createUserRequestSchema.safeParse(account);
  return parsed.success ? { account } : { issues: formIssues(parsed.error, USER_FIELDS) };
}

/** A change of name, role and school checked on the device (the login never changes). */
export function accountChangeOf(
  draft: UserDraft,
): { change: UpdateUserRequest } | { issues: FieldIssues } {
  const parsed = updateUserRequestSchema.safeParse({
    fullName: draft.fullName,
    role: draft.role,
    schoolId: schoolOf(draft),
  });
  return parsed.success
    ? { change: parsed.data }
    : { issues: formIssues(parsed.error, USER_FIELDS) };
}

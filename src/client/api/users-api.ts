import type { z } from 'zod';
import {
  createUserRequestSchema,
  createUserResponseSchema,
  directoryUserSchema,
  passwordResetResponseSchema,
  userListResponseSchema,
  type UpdateUserRequest,
} from '../../shared/schemas/directory.ts';
import { apiRequest } from './api-request.ts';

/** A new account as the form sends it (without a password the server makes one). */
export type NewAccount = z.input<typeof createUserRequestSchema>;

/** Every account, inspectors with the schools they cover. */
export async function fetchUsers(token: string) {
  return (await apiRequest('/api/users', { token, schema: userListResponseSchema })).users;
}

/** Creates an account; `temporaryPassword` is shown once. */
export function createUser(token: string, account: NewAccount) {
  return apiRequest('/api/users', {
    method: 'POST',
    body: account,
    token,
    schema: createUserResponseSchema,
  });
}

/** Changes the fields sent: name, role, school, on or off. */
export function updateUser(token: string, id: string, change: UpdateUserRequest) {
  return apiRequest(`/api/users/${id}`, {
    method: 'PATCH',
    body: change,
    token,
    schema: directoryUserSchema,
  });
}

/** Switches an account off; its sessions end everywhere. */
export function deactivateUser(token: string, id: string) {
  return apiRequest(`/api/users/${id}/deactivate`, {
    method: 'POST',
    token,
    schema: directoryUserSchema,
  });
}

/** A new temporary password, returned once. */
export function resetUserPassword(token: string, id: string) {
  return apiRequest(`/api/users/${id}/password-reset`, {
    method: 'POST',
    token,
    schema: passwordResetResponseSchema,
  });
}

/** Makes `schoolIds` the whole list of schools the inspector covers. */
export function setInspectorSchools(token: string, id: string, schoolIds: readonly string[]) {
  return apiRequest(`/api/users/${id}/schools`, {
    method: 'PUT',
    body: { schoolIds },
    token,
    schema: directoryUserSchema,
  });
}

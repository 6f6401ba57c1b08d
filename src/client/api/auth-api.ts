import { z } from 'zod';
import { loginResponseSchema, type LoginRequest } from '../../shared/schemas/auth.ts';
import { apiRequest } from './api-request.ts';

export function postLogin(request: LoginRequest) {
  return apiRequest('/api/auth/login', {
    method: 'POST',
    body: request,
    schema: loginResponseSchema,
  });
}

export function postLogout(token: string) {
  return apiRequest('/api/auth/logout', {
    method: 'POST',
    token,
    schema: z.object({ ok: z.literal(true) }),
  });
}

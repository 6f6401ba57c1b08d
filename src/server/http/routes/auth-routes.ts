import { z } from 'zod';
import {
  loginRequestSchema,
  loginResponseSchema,
  meResponseSchema,
} from '../../../shared/schemas/auth.ts';
import { logIn, logOut } from '../../services/auth.ts';
import { endpoint } from '../endpoint.ts';

function loginKey(body: unknown): string {
  const login = (body as { login?: unknown } | null)?.login;
  return typeof login === 'string' ? login.trim().toLowerCase() : '';
}

export const authRoutes = (loginRateLimit: number) => [
  endpoint({
    method: 'POST',
    path: '/api/auth/login',
    summary: 'Вход по логину и паролю; выдаёт токен доступа',
    tag: 'Вход',
    access: 'public',
    body: loginRequestSchema,
    response: loginResponseSchema,
    problems: ['invalid_credentials', 'account_disabled', 'rate_limited'],
    // Per address and login: colleagues behind one school router do not lock each other out.
    rateLimit: { max: loginRateLimit, timeWindow: '1 minute', keyOf: loginKey },
    handler: ({ body }, { db, config, now }) =>
      logIn(db, body, { ttlDays: config.TOKEN_TTL_DAYS, now: now() }),
  }),
  endpoint({
    method: 'POST',
    path: '/api/auth/logout',
    summary: 'Выход: токен перестаёт действовать',
    tag: 'Вход',
    access: 'user',
    response: z.object({ ok: z.literal(true) }),
    problems: [],
    handler: async ({ token }, { db }) => {
      if (token !== null) await logOut(db, token);
      return { ok: true as const };
    },
  }),
  endpoint({
    method: 'GET',
    path: '/api/auth/me',
    summary: 'Кто вошёл и до какого времени действует токен',
    tag: 'Вход',
    access: 'user',
    query: z.object({}),
    response: meResponseSchema,
    problems: [],
    handler: async ({ token }, { auth }) => auth.authenticate(token ?? ''),
  }),
];

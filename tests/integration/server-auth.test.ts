import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/port.ts';
import { ensureInitialAdmin } from '../../src/server/services/initial-admin.ts';
import { loginResponseSchema } from '../../src/shared/schemas/auth.ts';
import { problemSchema } from '../../src/shared/schemas/problem.ts';
import { startTestApp } from '../fixtures/test-app.ts';
import { testDatabases } from '../fixtures/test-databases.ts';
import { addUser, TEST_PASSWORD } from '../fixtures/users.ts';

describe.each(testDatabases)('accounts and sign-in on $name', ({ open }) => {
  let db: Db;
  let app: FastifyInstance;
  let clock = new Date('2026-11-22T09:00:00Z');

  beforeAll(async () => {
    db = await open();
    ({ app } = await startTestApp(db, { now: () => clock, env: { LOGIN_RATE_LIMIT: '1000' } }));
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  async function login(loginName: string, password: string) {
    return app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: loginName, password },
    });
  }

  it('signs in with the right password, case-insensitively by login, and knows who it is', async () => {
    const user = await addUser(db, 'inspector', { login: 'Petrenko' });
    const response = await login('petrenko', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const body = loginResponseSchema.parse(response.json());
    expect(body.user).toMatchObject({ id: user.id, role: 'inspector', login: 'Petrenko' });
    expect(JSON.stringify(body)).not.toMatch(/password|scrypt/i);
    expect(new Date(body.expiresAt).getTime() - clock.getTime()).toBe(30 * 24 * 3600 * 1000);

    const me = await app.inject({
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${body.token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { id: user.id } });
  });

  it('refuses a wrong password and an unknown login alike, in Russian', async () => {
    await addUser(db, 'coordinator', { login: 'coord-a' });
    for (const response of [
      await login('coord-a', 'wrong password'),
      await login('nobody-here', 'whatever1'),
    ]) {
      expect(response.statusCode).toBe(401);
      const problem = problemSchema.parse(response.json());
      expect(problem).toMatchObject({
        code: 'invalid_credentials',
        message: 'Неверный логин или пароль.',
      });
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('refuses a disabled account and its existing tokens', async () => {
    const user = await addUser(db, 'inspector', { login: 'leaver' });
    const { token } = loginResponseSchema.parse((await login('leaver', TEST_PASSWORD)).json());
    await db.query('UPDATE users SET active = false WHERE id = $1', [user.id]);
    expect((await login('leaver', TEST_PASSWORD)).json()).toMatchObject({
      code: 'account_disabled',
    });
    const me = await app.inject({
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.statusCode).toBe(403);
  });

  it('stores tokens only as hashes, ends them on logout and on expiry', async () => {
    await addUser(db, 'school', { login: 'zavuch-x' });
    const { token } = loginResponseSchema.parse((await login('zavuch-x', TEST_PASSWORD)).json());
    const stored = await db.query<{ token_hash: string }>('SELECT token_hash FROM auth_tokens');
    expect(stored.map((r) => r.token_hash)).not.toContain(token);

    const headers = { authorization: `Bearer ${token}` };
    expect(
      (await app.inject({ method: 'POST', url: '/api/auth/logout', headers })).statusCode,
    ).toBe(200);
    const after = await app.inject({ url: '/api/auth/me', headers });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ code: 'unauthenticated' });

    const second = loginResponseSchema.parse((await login('zavuch-x', TEST_PASSWORD)).json());
    clock = new Date(clock.getTime() + 31 * 24 * 3600 * 1000);
    const expired = await app.inject({
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${second.token}` },
    });
    expect(expired.statusCode).toBe(401);
    clock = new Date('2026-11-22T09:00:00Z');
  });

  it('asks for a token on private routes, and rejects garbage tokens', async () => {
    expect((await app.inject({ url: '/api/auth/me' })).json()).toMatchObject({
      code: 'unauthenticated',
    });
    const garbage = await app.inject({
      url: '/api/schools',
      headers: { authorization: 'Bearer not-a-token-at-all-xxxxxxxx' },
    });
    expect(garbage.statusCode).toBe(401);
  });
});

describe.each(testDatabases)('the first administrator on $name', ({ open }) => {
  it('is created from the environment once, and never again', async () => {
    const db = await open();
    try {
      expect(await ensureInitialAdmin(db, { login: 'chief', password: 'long-enough-1' })).toEqual({
        created: true,
        login: 'chief',
        password: 'long-enough-1',
        generated: false,
      });
      expect(await ensureInitialAdmin(db, undefined)).toEqual({ created: false });
    } finally {
      await db.close();
    }
  });

  it('gets a random password when none is configured: no two databases share one', async () => {
    const [a, b] = [await open(), await open()];
    try {
      const first = await ensureInitialAdmin(a, undefined);
      const second = await ensureInitialAdmin(b, undefined);
      if (!first.created || !second.created) throw new Error('admin not created');
      expect(first).toMatchObject({ login: 'admin', generated: true });
      expect(first.password).toMatch(/^[A-Za-z0-9]{15}$/);
      expect(first.password).not.toBe(second.password);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 with a Problem after too many attempts, and the server keeps serving', async () => {
    const db = await testDatabases[0]!.open();
    const { app } = await startTestApp(db, { env: { LOGIN_RATE_LIMIT: '3' } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const response = await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { login: 'x-user', password: 'nope' },
        });
        codes.push(response.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      const limited = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'x-user', password: 'nope' },
      });
      expect(limited.json()).toMatchObject({
        code: 'rate_limited',
        message: expect.stringMatching(/попыток/) as unknown,
      });
      expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
      // Limits are per account tried: a colleague behind the same address still gets in.
      const colleague = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { login: 'colleague', password: 'nope' },
      });
      expect(colleague.statusCode).toBe(401);
    } finally {
      await app.close();
      await db.close();
    }
  });
});

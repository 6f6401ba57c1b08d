import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/port.ts';
import { problemCodes, problemSchema } from '../../src/shared/schemas/problem.ts';
import { startTestApp } from '../fixtures/test-app.ts';
import { testDatabases } from '../fixtures/test-databases.ts';
import { addUser, TEST_PASSWORD } from '../fixtures/users.ts';

interface Operation {
  method: string;
  path: string;
}

function documentedOperations(document: {
  paths: Record<string, Record<string, unknown>>;
}): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
  );
}

describe.each(testDatabases)('bad input on $name', ({ open }) => {
  let db: Db;
  let app: FastifyInstance;
  let token: string;
  let operations: Operation[];

  beforeAll(async () => {
    db = await open();
    ({ app } = await startTestApp(db, {
      env: { LOGIN_RATE_LIMIT: '10000', BODY_LIMIT_BYTES: '4096' },
    }));
    const admin = await addUser(db, 'admin');
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: admin.login, password: TEST_PASSWORD },
    });
    token = login.json<{ token: string }>().token;
    operations = documentedOperations((await app.inject({ url: '/api/openapi.json' })).json());
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  function expectProblem(
    response: { statusCode: number; json: () => unknown },
    status: number,
    code: string,
  ) {
    expect(response.statusCode).toBe(status);
    expect(problemSchema.parse(response.json())).toMatchObject({ code });
  }

  it('answers malformed JSON with 400 malformed_json', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"login": "a", ',
    });
    expectProblem(response, 400, 'malformed_json');
  });

  it('answers wrong types with 400 validation_failed, saying where, in Russian', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 42, password: ['x'] },
    });
    expectProblem(response, 400, 'validation_failed');
    const issues = response.json<{ details: { issues: { path: string; message: string }[] } }>()
      .details.issues;
    expect(issues.map((i) => i.path).sort()).toEqual(['body.login', 'body.password']);
    for (const issue of issues) expect(issue.message).toMatch(/[а-яё]/i);
  });

  it('answers an oversized body with 413 and a foreign media type with 415', async () => {
    const big = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: 'x'.repeat(10_000), password: 'y' },
    });
    expectProblem(big, 413, 'payload_too_large');
    const xml = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/xml' },
      payload: '<login/>',
    });
    expectProblem(xml, 415, 'unsupported_media_type');
  });

  it('answers unknown API addresses with 404 Problem, even when a page is asked for', async () => {
    const response = await app.inject({
      url: '/api/no-such-thing',
      headers: { accept: 'text/html' },
    });
    expectProblem(response, 404, 'not_found');
  });

  it('answers a malformed id with 400, not 500', async () => {
    const response = await app.inject({
      url: '/api/schools/not-a-uuid',
      headers: { authorization: `Bearer ${token}` },
    });
    expectProblem(response, 400, 'validation_failed');
  });

  it.each(['/api/schools/%E0%A4%A', '/%E0%A4%A', '/api/%'])(
    'answers the undecodable address %s with a 400 Problem and security headers',
    async (url) => {
      const response = await app.inject({ url });
      expectProblem(response, 400, 'bad_request');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(String(response.headers['content-security-policy'])).toContain(
        "frame-ancestors 'none'",
      );
    },
  );

  it('tells an outdated client to update', async () => {
    const response = await app.inject({ url: '/api/health', headers: { 'x-schema-version': '0' } });
    expectProblem(response, 426, 'client_outdated');
  });

  it('answers random input to every documented operation with a 4xx Problem, and keeps running', async () => {
    expect(operations.length).toBeGreaterThanOrEqual(6);
    const body = fc.oneof(
      fc.json(),
      fc.string(),
      fc.constant('{'),
      fc.constant('null'),
      fc.dictionary(fc.string(), fc.jsonValue()).map((value) => JSON.stringify(value)),
    );
    const segment = fc.oneof(
      fc.uuid().map(encodeURIComponent),
      fc.string({ maxLength: 30 }).map(encodeURIComponent),
      fc.constantFrom('%', '%E0%A4%A', '..', '%00', '%2e%2e'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...operations),
        body,
        segment,
        fc.boolean(),
        fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded'),
        async (operation, payload, param, authorised, contentType) => {
          const url = operation.path.replace(/\{[^}]+\}/g, param);
          const response = await app.inject({
            method: operation.method as 'GET' | 'POST',
            url,
            headers: {
              ...(authorised ? { authorization: `Bearer ${token}` } : {}),
              ...(operation.method === 'GET' ? {} : { 'content-type': contentType }),
            },
            ...(operation.method === 'GET' ? {} : { payload }),
          });
          if (response.statusCode >= 500)
            throw new Error(
              `${operation.method} ${url} → ${response.statusCode}: ${response.body}`,
            );
          if (response.statusCode >= 400) {
            expect(response.headers['x-content-type-options']).toBe('nosniff');
            const problem = problemSchema.safeParse(response.json());
            expect(problem.success).toBe(true);
            if (problem.success) expect(problemCodes).toContain(problem.data.code);
          }
        },
      ),
      { numRuns: 300 },
    );
    // /api/auth/logout may have been called with the token: the server still answers.
    expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
  });
});

import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/port.ts';
import { startTestApp } from '../fixtures/test-app.ts';
import { testDatabases } from '../fixtures/test-databases.ts';

/** A build under a folder itself named `assets`: only root/assets/ is hashed output. */
async function fakeBuild(): Promise<string> {
  const dir = path.join(await mkdtemp(path.join(tmpdir(), 'inspektor-build-')), 'assets', 'site');
  await mkdir(path.join(dir, 'assets'), { recursive: true });
  await writeFile(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="ru"><title>Инспектор ЭЖ</title></html>',
  );
  await writeFile(path.join(dir, 'assets', 'index-AbC123.js'), 'console.log(1)');
  await writeFile(path.join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {})');
  await writeFile(path.join(dir, 'manifest.webmanifest'), '{"name":"Инспектор ЭЖ"}');
  return dir;
}

describe('security headers and the built app', () => {
  let db: Db;
  let app: FastifyInstance;

  beforeAll(async () => {
    db = await testDatabases[0]!.open();
    ({ app } = await startTestApp(db, { staticDir: await fakeBuild() }));
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  it.each([
    ['an API answer', '/api/health', 'application/json'],
    ['a Problem', '/api/auth/me', 'application/json'],
    ['the app page', '/', 'text/html'],
    ['a deep link', '/schools/123', 'text/html'],
    ['an asset', '/assets/index-AbC123.js', '*/*'],
  ])('puts security headers on %s', async (_what, url, accept) => {
    const response = await app.inject({ url, headers: { accept } });
    const csp = String(response.headers['content-security-policy']);
    const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).toBe("'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it('caches hashed assets for a year and never caches the page or the service worker', async () => {
    const asset = await app.inject({ url: '/assets/index-AbC123.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/index.html', '/sw.js', '/manifest.webmanifest']) {
      const response = await app.inject({ url, headers: { accept: 'text/html' } });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers deep links with the app page, so that a first online visit to one works', async () => {
    const response = await app.inject({
      url: '/schools/0193f1e2-aaaa-7bbb-8ccc-123456789abc',
      headers: { accept: 'text/html' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Инспектор ЭЖ');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers a missing asset with 404, not with the page', async () => {
    const response = await app.inject({
      url: '/assets/missing-123.js',
      headers: { accept: '*/*' },
    });
    expect(response.statusCode).toBe(404);
  });

  it('never lets API answers be cached', async () => {
    expect((await app.inject({ url: '/api/health' })).headers['cache-control']).toBe('no-store');
    expect((await app.inject({ url: '/api/auth/me' })).headers['cache-control']).toBe('no-store');
  });
});

describe('the OpenAPI document', () => {
  it('documents every route the server answers, with its problems', async () => {
    const db = await testDatabases[0]!.open();
    const { app } = await startTestApp(db);
    try {
      const document = (await app.inject({ url: '/api/openapi.json' })).json<{
        openapi: string;
        paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
      }>();
      expect(document.openapi).toBe('3.1.0');
      const documented = Object.entries(document.paths)
        .flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${p}`))
        .sort();
      expect(documented).toEqual([
        'DELETE /api/checklists/{id}/{version}',
        'GET /api/analytics/dashboard',
        'GET /api/audit',
        'GET /api/auth/me',
        'GET /api/blobs/{sha256}',
        'GET /api/checklists',
        'GET /api/checklists/{id}/{version}',
        'GET /api/coverage',
        'GET /api/exports/results.json',
        'GET /api/exports/results.xlsx',
        'GET /api/exports/{dataset}.csv',
        'GET /api/health',
        'GET /api/openapi.json',
        'GET /api/people',
        'GET /api/plans',
        'GET /api/schools',
        'GET /api/schools/{id}',
        'GET /api/users',
        'HEAD /api/blobs/{sha256}',
        'PATCH /api/plans/{id}',
        'PATCH /api/users/{id}',
        'POST /api/auth/login',
        'POST /api/auth/logout',
        'POST /api/checklists',
        'POST /api/checklists/{id}/{version}/publish',
        'POST /api/plans',
        'POST /api/plans/round',
        'POST /api/plans/round/preview',
        'POST /api/schools',
        'POST /api/schools/import',
        'POST /api/schools/import/preview',
        'POST /api/sync/pull',
        'POST /api/sync/push',
        'POST /api/users',
        'POST /api/users/{id}/deactivate',
        'POST /api/users/{id}/password-reset',
        'PUT /api/blobs/{sha256}',
        'PUT /api/schools/{id}',
        'PUT /api/users/{id}/schools',
      ]);
      const push = document.paths['/api/sync/push']!.post!.responses;
      expect(Object.keys(push)).toEqual(expect.arrayContaining(['200', '400', '401', '409']));
      expect(Object.keys(document.paths['/api/auth/login']!.post!.responses)).toEqual(
        expect.arrayContaining(['200', '400', '401', '413', '415', '429', '500']),
      );
    } finally {
      await app.close();
      await db.close();
    }
  });
});

describe('routes outside endpoint()', () => {
  it('are refused when the app is built, so that nothing escapes the OpenAPI document', async () => {
    const db = await testDatabases[0]!.open();
    const { buildApp } = await import('../../src/server/http/build-app.ts');
    const { parseConfig } = await import('../../src/server/config.ts');
    const { app } = await buildApp({
      db,
      config: parseConfig({ LOG_LEVEL: 'silent' }),
      version: 'test',
      logger: false,
    });
    try {
      expect(() => app.get('/api/raw', () => 'x')).toThrow(/мимо endpoint\(\)/);
    } finally {
      await app.close();
      await db.close();
    }
  });
});

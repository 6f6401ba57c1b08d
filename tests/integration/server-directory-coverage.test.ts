import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/port.ts';
import { inspectorsCoveringSchool } from '../../src/server/services/coverage.ts';
import { auditPageSchema } from '../../src/shared/schemas/audit.ts';
import {
  coverageResponseSchema,
  directoryUserSchema,
  userListResponseSchema,
} from '../../src/shared/schemas/directory.ts';
import { directoryForThisFile, expectProblem } from '../fixtures/directory-actors.ts';
import { testDatabases } from '../fixtures/test-databases.ts';

describe.each(testDatabases)('who covers which school, and the audit log, on $name', ({ open }) => {
  const directory = directoryForThisFile(open);
  const { actor, as } = directory;
  let db: Db;
  let app: FastifyInstance;
  let schoolA = '';
  let schoolB = '';
  beforeAll(() => {
    ({ db, app } = directory.setting);
    ({ a: schoolA, b: schoolB } = directory.schools);
  });

  it('sets the schools an inspector covers and lists who covers what', async () => {
    const inspector = actor('inspector').user;
    const response = await app.inject({
      method: 'PUT',
      url: `/api/users/${inspector.id}/schools`,
      headers: as('admin'),
      payload: { schoolIds: [schoolB, schoolA, schoolB] },
    });
    expect(response.statusCode).toBe(200);
    expect(directoryUserSchema.parse(response.json()).schoolIds).toEqual([schoolA, schoolB].sort());

    const listed = userListResponseSchema.parse(
      (await app.inject({ url: '/api/users', headers: as('coordinator') })).json(),
    );
    expect(listed.users.find((user) => user.id === inspector.id)?.schoolIds).toEqual(
      [schoolA, schoolB].sort(),
    );
    const coverage = coverageResponseSchema.parse(
      (await app.inject({ url: '/api/coverage', headers: as('coordinator') })).json(),
    );
    expect(coverage.coverage.filter((pair) => pair.userId === inspector.id)).toEqual(
      [schoolA, schoolB].sort().map((schoolId) => ({ userId: inspector.id, schoolId })),
    );
    expect(await inspectorsCoveringSchool(db, schoolA)).toContain(inspector.id);

    const narrowed = await app.inject({
      method: 'PUT',
      url: `/api/users/${inspector.id}/schools`,
      headers: as('coordinator'),
      payload: { schoolIds: [schoolB] },
    });
    expect(directoryUserSchema.parse(narrowed.json()).schoolIds).toEqual([schoolB]);
    expect(await inspectorsCoveringSchool(db, schoolA)).not.toContain(inspector.id);
  });

  it('covers schools only by inspectors, and only schools of the directory', async () => {
    const inspector = actor('inspector').user;
    const notInspector = await app.inject({
      method: 'PUT',
      url: `/api/users/${actor('school').user.id}/schools`,
      headers: as('coordinator'),
      payload: { schoolIds: [schoolA] },
    });
    expectProblem(notInspector, 400, { message: 'Школы закрепляются только за инспектором.' });
    const unknown = await app.inject({
      method: 'PUT',
      url: `/api/users/${inspector.id}/schools`,
      headers: as('coordinator'),
      payload: { schoolIds: [schoolA, '0193a0c4-0000-7000-8000-000000000000'] },
    });
    expectProblem(unknown, 400, {
      details: {
        issues: [{ path: 'body.schoolIds.1', message: 'Школа не найдена в справочнике.' }],
      },
    });
    expect(await inspectorsCoveringSchool(db, schoolA)).not.toContain(inspector.id);
  });

  it('pages through the audit log, newest first', async () => {
    const inspector = actor('inspector').user;
    for (const schoolIds of [[schoolA], [schoolB], [], [schoolA, schoolB], [schoolB]]) {
      await app.inject({
        method: 'PUT',
        url: `/api/users/${inspector.id}/schools`,
        headers: as('coordinator'),
        payload: { schoolIds },
      });
    }
    const page = async (query: string) =>
      auditPageSchema.parse(
        (await app.inject({ url: `/api/audit?${query}`, headers: as('admin') })).json(),
      );
    const all = await page('limit=200');
    const ids = all.entries.map((entry) => entry.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(all.nextBefore).toBeNull();
    expect(all.entries[0]).toMatchObject({
      action: 'user.schools',
      user: { id: actor('coordinator').user.id, fullName: actor('coordinator').user.fullName },
      details: { targetId: inspector.id, schoolIds: [schoolB] },
    });

    const first = await page('limit=2');
    expect(first.entries.map((entry) => entry.id)).toEqual(ids.slice(0, 2));
    expect(first.nextBefore).toBe(ids[1]);
    const second = await page(`limit=2&before=${String(first.nextBefore)}`);
    expect(second.entries.map((entry) => entry.id)).toEqual(ids.slice(2, 4));
    const last = await page(`limit=200&before=${String(ids[ids.length - 2])}`);
    expect(last).toEqual({ entries: [all.entries.at(-1)], nextBefore: null });
  });

  it.each(['limit=0', 'limit=201', 'before=x'])(
    'refuses a page asked for with %s',
    async (query) => {
      const response = await app.inject({ url: `/api/audit?${query}`, headers: as('admin') });
      expectProblem(response, 400, { code: 'validation_failed' });
    },
  );
});

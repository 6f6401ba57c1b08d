import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/port.ts';
import { schoolListResponseSchema } from '../../src/shared/schemas/school.ts';
import type { Role } from '../../src/shared/schemas/user.ts';
import { startTestApp } from '../fixtures/test-app.ts';
import { testDatabases } from '../fixtures/test-databases.ts';
import { addSchool, addUser, TEST_PASSWORD } from '../fixtures/users.ts';

describe.each(testDatabases)('the school directory on $name', ({ open }) => {
  let db: Db;
  let app: FastifyInstance;
  let ownSchool: string;
  let otherSchool: string;

  beforeAll(async () => {
    db = await open();
    ({ app } = await startTestApp(db, { env: { LOGIN_RATE_LIMIT: '1000' } }));
    ownSchool = await addSchool(db, { shortName: 'МБОУ «Школа А»' });
    otherSchool = await addSchool(db, { shortName: 'МБОУ «Школа Б»' });
  });
  afterAll(async () => {
    await app.close();
    await db.close();
  });

  async function tokenOf(role: Role): Promise<string> {
    const user = await addUser(db, role, role === 'school' ? { schoolId: ownSchool } : {});
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { login: user.login, password: TEST_PASSWORD },
    });
    return response.json<{ token: string }>().token;
  }

  it.each(['inspector', 'coordinator', 'admin'] as const)(
    'shows a %s the whole directory, sorted',
    async (role) => {
      const response = await app.inject({
        url: '/api/schools',
        headers: { authorization: `Bearer ${await tokenOf(role)}` },
      });
      const { schools } = schoolListResponseSchema.parse(response.json());
      expect(schools.map((s) => s.id)).toEqual([ownSchool, otherSchool]);
      expect(schools[0]).toMatchObject({
        shortName: 'МБОУ «Школа А»',
        municipality: 'Сакский район',
      });
    },
  );

  it('shows a school user only their own school, however it is asked for', async () => {
    const headers = { authorization: `Bearer ${await tokenOf('school')}` };
    const list = schoolListResponseSchema.parse(
      (await app.inject({ url: '/api/schools', headers })).json(),
    );
    expect(list.schools.map((s) => s.id)).toEqual([ownSchool]);
    expect((await app.inject({ url: `/api/schools/${ownSchool}`, headers })).statusCode).toBe(200);
    const other = await app.inject({ url: `/api/schools/${otherSchool}`, headers });
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('Школа Б');
  });

  it('needs a signed-in person', async () => {
    expect((await app.inject({ url: '/api/schools' })).statusCode).toBe(401);
  });
});

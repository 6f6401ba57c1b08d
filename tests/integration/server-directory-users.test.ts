import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/port.ts';
import { inspectorsCoveringSchool } from '../../src/server/services/coverage.ts';
import { auditPageSchema } from '../../src/shared/schemas/audit.ts';
import {
  createUserResponseSchema,
  directoryUserSchema,
  passwordResetResponseSchema,
  userListResponseSchema,
} from '../../src/shared/schemas/directory.ts';
import { problemSchema } from '../../src/shared/schemas/problem.ts';
import type { Role } from '../../src/shared/schemas/user.ts';
import { directoryForThisFile, expectProblem } from '../fixtures/directory-actors.ts';
import { testDatabases } from '../fixtures/test-databases.ts';

/** Three groups of five characters, none of them a look-alike (0/O, 1/l/I). */
const TEMPORARY_PASSWORD =
  /^[a-km-zA-HJ-NP-Z2-9]{5}-[a-km-zA-HJ-NP-Z2-9]{5}-[a-km-zA-HJ-NP-Z2-9]{5}$/;

describe.each(testDatabases)('managing accounts on $name', ({ open }) => {
  const directory = directoryForThisFile(open);
  const { signIn, actor, as } = directory;
  let db: Db;
  let app: FastifyInstance;
  let schoolA = '';
  let schoolB = '';
  beforeAll(() => {
    ({ db, app } = directory.setting);
    ({ a: schoolA, b: schoolB } = directory.schools);
  });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  async function create(role: Role, payload: Record<string, unknown>) {
    return app.inject({ method: 'POST', url: '/api/users', headers: as(role), payload });
  }
  async function change(role: Role, id: string, payload: Record<string, unknown>) {
    return app.inject({ method: 'PATCH', url: `/api/users/${id}`, headers: as(role), payload });
  }
  async function logins() {
    const response = await app.inject({ url: '/api/users', headers: as('admin') });
    return userListResponseSchema.parse(response.json()).users.map((user) => user.login);
  }

  it('creates an account with the password given, and it signs in', async () => {
    const response = await create('coordinator', {
      login: 'Sidorenko',
      fullName: ' Сидоренко Анна Викторовна ',
      role: 'inspector',
      password: 'первый пароль',
    });
    expect(response.statusCode).toBe(201);
    expect(createUserResponseSchema.parse(response.json())).toMatchObject({
      user: {
        login: 'Sidorenko',
        fullName: 'Сидоренко Анна Викторовна',
        role: 'inspector',
        schoolId: null,
        active: true,
        schoolIds: [],
      },
      temporaryPassword: null,
    });
    expect((await signIn('sidorenko', 'первый пароль')).statusCode).toBe(200);
  });

  it('makes a readable temporary password when none is given, shown once', async () => {
    const response = await create('admin', {
      login: 'zavuch-a',
      fullName: 'Мельник Ольга Ивановна',
      role: 'school',
      schoolId: schoolA,
    });
    const { user, temporaryPassword } = createUserResponseSchema.parse(response.json());
    expect(user).toMatchObject({ role: 'school', schoolId: schoolA });
    expect(temporaryPassword).toMatch(TEMPORARY_PASSWORD);
    expect((await signIn('zavuch-a', temporaryPassword ?? '')).statusCode).toBe(200);
    const list = await app.inject({ url: '/api/users', headers: as('coordinator') });
    expect(list.body).not.toContain(temporaryPassword);
  });

  it.each([
    [
      { login: 'SIDORENKO', fullName: 'Двойник', role: 'inspector' },
      409,
      'Логин «SIDORENKO» уже занят.',
    ],
    [{ login: 'ab', fullName: 'Коротыш', role: 'inspector' }, 400, 'Данные не прошли проверку.'],
    [
      { login: 'no-school', fullName: 'Без школы', role: 'school' },
      400,
      'Данные не прошли проверку.',
    ],
    [
      {
        login: 'ghost-school',
        fullName: 'Чужая школа',
        role: 'school',
        schoolId: '0193a0c4-0000-7000-8000-000000000000',
      },
      400,
      'Школа не найдена в справочнике.',
    ],
    [
      { login: 'short-pass', fullName: 'Пароль', role: 'inspector', password: '1234' },
      400,
      'Данные не прошли проверку.',
    ],
  ])('refuses to create %j and creates nothing', async (payload, status, message) => {
    const before = await logins();
    const response = await create('coordinator', payload);
    expect(response.statusCode).toBe(status);
    expect(problemSchema.parse(response.json()).message).toBe(message);
    expect(await logins()).toEqual(before);
  });

  it('says which fields are wrong, all at once, in Russian', async () => {
    const response = await create('coordinator', { login: 'ab', fullName: '', role: 'school' });
    expect(problemSchema.parse(response.json()).details?.issues).toEqual([
      { path: 'body.login', message: 'Логин — не короче 3 символов' },
      { path: 'body.fullName', message: 'Укажите ФИО' },
      {
        path: 'body.schoolId',
        message: 'Пользователь с ролью «школа» привязывается к одной школе, остальные — ни к одной',
      },
    ]);
  });

  it('lets only an admin create an admin or touch an admin’s account', async () => {
    const admin = actor('admin').user;
    const refusals = [
      [
        await create('coordinator', { login: 'new-admin', fullName: 'Н', role: 'admin' }),
        'Назначить роль администратора может только администратор.',
      ],
      [
        await change('coordinator', actor('inspector').user.id, { role: 'admin' }),
        'Назначить роль администратора может только администратор.',
      ],
      [
        await change('coordinator', admin.id, { fullName: 'Другое имя' }),
        'Учётные записи администраторов изменяет только администратор.',
      ],
      [
        await app.inject({
          method: 'POST',
          url: `/api/users/${admin.id}/password-reset`,
          headers: as('coordinator'),
        }),
        'Учётные записи администраторов изменяет только администратор.',
      ],
      [
        await app.inject({
          method: 'POST',
          url: `/api/users/${admin.id}/deactivate`,
          headers: as('coordinator'),
        }),
        'Учётные записи администраторов изменяет только администратор.',
      ],
    ] as const;
    for (const [response, message] of refusals)
      expectProblem(response, 403, { code: 'forbidden', message });
    expect(await logins()).not.toContain('new-admin');

    const created = await create('admin', {
      login: 'second-admin',
      fullName: 'Второй администратор',
      role: 'admin',
    });
    expect(created.statusCode).toBe(201);
  });

  it('lets nobody switch off their own account or change their own role', async () => {
    for (const role of ['coordinator', 'admin'] as const) {
      const self = actor(role).user;
      expectProblem(await change(role, self.id, { active: false }), 403, {
        message: 'Нельзя отключить собственную учётную запись.',
      });
      expectProblem(
        await app.inject({
          method: 'POST',
          url: `/api/users/${self.id}/deactivate`,
          headers: as(role),
        }),
        403,
        { message: 'Нельзя отключить собственную учётную запись.' },
      );
      expectProblem(await change(role, self.id, { role: 'inspector' }), 403, {
        message: 'Нельзя изменить собственную роль.',
      });
      const renamed = await change(role, self.id, { fullName: `${self.fullName} (исправлено)` });
      expect(directoryUserSchema.parse(renamed.json())).toMatchObject({ role, active: true });
    }
  });

  it('changes name, role and school binding together, dropping what no longer fits', async () => {
    const created = createUserResponseSchema.parse(
      (
        await create('coordinator', {
          login: 'moving',
          fullName: 'Переходов П. П.',
          role: 'inspector',
        })
      ).json(),
    );
    const id = created.user.id;
    await app.inject({
      method: 'PUT',
      url: `/api/users/${id}/schools`,
      headers: as('coordinator'),
      payload: { schoolIds: [schoolA] },
    });

    const toSchool = await change('coordinator', id, {
      role: 'school',
      schoolId: schoolB,
      fullName: 'Переходова П. П.',
    });
    expect(toSchool.statusCode).toBe(200);
    expect(directoryUserSchema.parse(toSchool.json())).toMatchObject({
      fullName: 'Переходова П. П.',
      role: 'school',
      schoolId: schoolB,
      schoolIds: [],
    });
    const toCoordinator = await change('coordinator', id, { role: 'coordinator' });
    expect(directoryUserSchema.parse(toCoordinator.json())).toMatchObject({
      role: 'coordinator',
      schoolId: null,
    });

    expectProblem(await change('coordinator', id, { role: 'school' }), 400, {
      code: 'validation_failed',
      message: 'Пользователь с ролью «школа» привязывается к одной школе: укажите её.',
    });
    expectProblem(await change('coordinator', id, { schoolId: schoolA }), 400, {
      message: 'К школе привязывается только пользователь с ролью «школа».',
    });
    expectProblem(await change('coordinator', id, {}), 400, { code: 'validation_failed' });
    expectProblem(
      await change('coordinator', '0193a0c4-0000-7000-8000-000000000000', { fullName: 'Х' }),
      404,
      {
        message: 'Пользователь не найден.',
      },
    );
  });

  it('resets a password: the new one works, the old one and the old sign-ins do not', async () => {
    const created = createUserResponseSchema.parse(
      (
        await create('coordinator', {
          login: 'forgetful',
          fullName: 'Забывчивый З. З.',
          role: 'inspector',
          password: 'старый пароль',
        })
      ).json(),
    );
    const oldToken = (await signIn('forgetful', 'старый пароль')).json<{ token: string }>().token;
    expect((await app.inject({ url: '/api/auth/me', headers: bearer(oldToken) })).statusCode).toBe(
      200,
    );

    const response = await app.inject({
      method: 'POST',
      url: `/api/users/${created.user.id}/password-reset`,
      headers: as('coordinator'),
    });
    expect(response.statusCode).toBe(200);
    const { temporaryPassword } = passwordResetResponseSchema.parse(response.json());
    expect(temporaryPassword).toMatch(TEMPORARY_PASSWORD);

    expectProblem(await signIn('forgetful', 'старый пароль'), 401, { code: 'invalid_credentials' });
    expectProblem(await app.inject({ url: '/api/auth/me', headers: bearer(oldToken) }), 401, {
      code: 'unauthenticated',
    });
    expect((await signIn('forgetful', temporaryPassword)).statusCode).toBe(200);
  });

  it('switches an account off: its sign-ins stop and it cannot sign in again until switched on', async () => {
    const created = createUserResponseSchema.parse(
      (
        await create('coordinator', {
          login: 'leaving',
          fullName: 'Уходящий У. У.',
          role: 'inspector',
          password: 'пароль уходящего',
        })
      ).json(),
    );
    const id = created.user.id;
    const token = (await signIn('leaving', 'пароль уходящего')).json<{ token: string }>().token;
    await app.inject({
      method: 'PUT',
      url: `/api/users/${id}/schools`,
      headers: as('coordinator'),
      payload: { schoolIds: [schoolB] },
    });
    expect(await inspectorsCoveringSchool(db, schoolB)).toEqual([id]);

    const response = await app.inject({
      method: 'POST',
      url: `/api/users/${id}/deactivate`,
      headers: as('coordinator'),
    });
    expect(directoryUserSchema.parse(response.json())).toMatchObject({
      active: false,
      schoolIds: [schoolB],
    });
    expectProblem(await app.inject({ url: '/api/auth/me', headers: bearer(token) }), 401, {
      code: 'unauthenticated',
    });
    expectProblem(await signIn('leaving', 'пароль уходящего'), 403, {
      code: 'account_disabled',
      message: 'Учётная запись отключена. Обратитесь к администратору.',
    });
    expect(await inspectorsCoveringSchool(db, schoolB)).toEqual([]);

    await change('admin', id, { active: true });
    expect((await signIn('leaving', 'пароль уходящего')).statusCode).toBe(200);
    expect(await inspectorsCoveringSchool(db, schoolB)).toEqual([id]);
  });

  it.each(['inspector', 'school'] as const)(
    'forbids a %s everything about accounts',
    async (role) => {
      const id = actor('inspector').user.id;
      const requests = [
        app.inject({ url: '/api/users', headers: as(role) }),
        app.inject({ url: '/api/coverage', headers: as(role) }),
        app.inject({ url: '/api/audit', headers: as(role) }),
        app.inject({
          method: 'POST',
          url: '/api/users',
          headers: as(role),
          payload: { login: 'x-user', fullName: 'Х', role: 'inspector' },
        }),
        app.inject({
          method: 'PATCH',
          url: `/api/users/${id}`,
          headers: as(role),
          payload: { fullName: 'Х' },
        }),
        app.inject({ method: 'POST', url: `/api/users/${id}/password-reset`, headers: as(role) }),
        app.inject({ method: 'POST', url: `/api/users/${id}/deactivate`, headers: as(role) }),
        app.inject({
          method: 'PUT',
          url: `/api/users/${id}/schools`,
          headers: as(role),
          payload: { schoolIds: [] },
        }),
      ];
      for (const response of await Promise.all(requests)) {
        expectProblem(response, 403, {
          code: 'forbidden',
          message: 'Недостаточно прав для этого действия.',
        });
      }
    },
  );

  it('keeps every account change in the audit log, without a password', async () => {
    const response = await app.inject({ url: '/api/audit?limit=200', headers: as('admin') });
    const { entries } = auditPageSchema.parse(response.json());
    expect([...new Set(entries.map((entry) => entry.action))].sort()).toEqual([
      'user.create',
      'user.deactivate',
      'user.password_reset',
      'user.schools',
      'user.update',
    ]);
    expect(entries[0]).toMatchObject({
      action: 'user.update',
      user: { id: actor('admin').user.id },
      details: { login: 'leaving', changes: { active: { from: false, to: true } } },
    });
    const deactivation = entries.find((entry) => entry.action === 'user.deactivate');
    expect(deactivation?.details).toMatchObject({
      login: 'leaving',
      changes: { active: { from: true, to: false } },
    });
    const text = JSON.stringify(entries);
    for (const secret of ['первый пароль', 'старый пароль', 'пароль уходящего', 'scrypt']) {
      expect(text).not.toContain(secret);
    }
  });
});

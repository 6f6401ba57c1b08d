import { z } from 'zod';
import {
  coverageResponseSchema,
  createUserRequestSchema,
  createUserResponseSchema,
  directoryUserSchema,
  passwordResetResponseSchema,
  updateUserRequestSchema,
  userListResponseSchema,
  userSchoolsRequestSchema,
} from '../../../shared/schemas/directory.ts';
import { listCoverage } from '../../queries/inspector-schools.ts';
import { listUsersWithSchools } from '../../queries/users.ts';
import { setInspectorSchools } from '../../services/coverage.ts';
import { changeAccount, createAccount, resetPassword } from '../../services/user-accounts.ts';
import { endpoint } from '../endpoint.ts';

const DISTRICT = ['coordinator', 'admin'] as const;
const TAG = 'Пользователи';
const idParams = z.object({ id: z.uuid('Идентификатор пользователя — UUID') });

export const userRoutes = [
  endpoint({
    method: 'GET',
    path: '/api/users',
    summary: 'Все учётные записи; у инспекторов — закреплённые школы',
    tag: TAG,
    access: DISTRICT,
    query: z.object({}),
    response: userListResponseSchema,
    problems: [],
    handler: async (_input, { db }) => ({ users: await listUsersWithSchools(db) }),
  }),
  endpoint({
    method: 'POST',
    path: '/api/users',
    summary: 'Новая учётная запись; без пароля сервер выдаёт временный (показывается один раз)',
    tag: TAG,
    access: DISTRICT,
    body: createUserRequestSchema,
    response: createUserResponseSchema,
    status: 201,
    problems: ['conflict'],
    handler: async ({ body, user }, { db }) => createAccount(db, user, body),
  }),
  endpoint({
    method: 'PATCH',
    path: '/api/users/:id',
    summary: 'Изменение ФИО, роли, привязки к школе, включение и отключение',
    tag: TAG,
    access: DISTRICT,
    params: idParams,
    body: updateUserRequestSchema,
    response: directoryUserSchema,
    problems: ['not_found'],
    handler: async ({ params, body, user }, { db }) => changeAccount(db, user, params.id, body),
  }),
  endpoint({
    method: 'POST',
    path: '/api/users/:id/deactivate',
    summary: 'Отключение учётной записи: вход невозможен, все токены отозваны',
    tag: TAG,
    access: DISTRICT,
    params: idParams,
    response: directoryUserSchema,
    problems: ['not_found'],
    handler: async ({ params, user }, { db }) =>
      changeAccount(db, user, params.id, { active: false }),
  }),
  endpoint({
    method: 'POST',
    path: '/api/users/:id/password-reset',
    summary:
      'Новый временный пароль (показывается один раз); старый пароль и токены перестают действовать',
    tag: TAG,
    access: DISTRICT,
    params: idParams,
    response: passwordResetResponseSchema,
    problems: ['not_found'],
    handler: async ({ params, user }, { db }) => resetPassword(db, user, params.id),
  }),
  endpoint({
    method: 'PUT',
    path: '/api/users/:id/schools',
    summary: 'Школы, закреплённые за инспектором (весь список целиком)',
    tag: TAG,
    access: DISTRICT,
    params: idParams,
    body: userSchoolsRequestSchema,
    response: directoryUserSchema,
    problems: ['not_found'],
    handler: async ({ params, body, user }, { db }) =>
      setInspectorSchools(db, user, params.id, body.schoolIds),
  }),
  endpoint({
    method: 'GET',
    path: '/api/coverage',
    summary: 'Какие инспекторы закреплены за какими школами (пары)',
    tag: TAG,
    access: DISTRICT,
    query: z.object({}),
    response: coverageResponseSchema,
    problems: [],
    handler: async (_input, { db }) => ({ coverage: await listCoverage(db) }),
  }),
];

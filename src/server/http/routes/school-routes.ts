import { z } from 'zod';
import { schoolListResponseSchema, schoolSchema } from '../../../shared/schemas/school.ts';
import { ProblemError } from '../../problem-error.ts';
import { findSchool, listSchools } from '../../queries/schools.ts';
import { endpoint } from '../endpoint.ts';

export const schoolRoutes = [
  endpoint({
    method: 'GET',
    path: '/api/schools',
    summary: 'Справочник школ района (пользователю школы — только его школа)',
    tag: 'Школы',
    access: 'user',
    query: z.object({}),
    response: schoolListResponseSchema,
    problems: [],
    handler: async ({ user }, { db }) => {
      const schools = await listSchools(db);
      if (user.role !== 'school') return { schools };
      return { schools: schools.filter((school) => school.id === user.schoolId) };
    },
  }),
  endpoint({
    method: 'GET',
    path: '/api/schools/:id',
    summary: 'Одна школа справочника',
    tag: 'Школы',
    access: 'user',
    params: z.object({ id: z.uuid('Идентификатор школы — UUID') }),
    response: schoolSchema,
    problems: ['not_found'],
    handler: async ({ params, user }, { db }) => {
      const school = await findSchool(db, params.id);
      const hidden = user.role === 'school' && user.schoolId !== params.id;
      if (!school || hidden)
        throw new ProblemError('not_found', { id: params.id }, 'Школа не найдена.');
      return school;
    },
  }),
];

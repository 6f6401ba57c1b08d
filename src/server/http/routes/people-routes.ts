import { z } from 'zod';
import { peopleResponseSchema } from '../../../shared/schemas/person.ts';
import { listPeople } from '../../queries/users.ts';
import { endpoint } from '../endpoint.ts';

export const peopleRoutes = [
  endpoint({
    method: 'GET',
    path: '/api/people',
    summary: 'Имена и роли людей района (без логинов): для истории посещений и списков',
    tag: 'Пользователи',
    access: 'user',
    query: z.object({}),
    response: peopleResponseSchema,
    problems: [],
    handler: async (_input, { db }) => ({ people: await listPeople(db) }),
  }),
];

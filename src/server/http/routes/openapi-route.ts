import { z } from 'zod';
import { endpoint } from '../endpoint.ts';

export const openApiRoute = (document: () => Record<string, unknown>) =>
  endpoint({
    method: 'GET',
    path: '/api/openapi.json',
    summary: 'Описание API в формате OpenAPI 3.1',
    tag: 'Сервис',
    access: 'public',
    query: z.object({}),
    response: z.record(z.string(), z.unknown()),
    problems: [],
    handler: () => Promise.resolve(document()),
  });

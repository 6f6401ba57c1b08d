import { z } from 'zod';
import { API_SCHEMA_VERSION } from '../../../shared/protocol/versions.ts';
import { healthResponseSchema } from '../../../shared/schemas/health.ts';
import { readEpoch } from '../../queries/server-meta.ts';
import { endpoint } from '../endpoint.ts';

export const healthRoutes = [
  endpoint({
    method: 'GET',
    path: '/api/health',
    summary: 'Сервер работает и видит свою базу данных',
    tag: 'Сервис',
    access: 'public',
    query: z.object({}),
    response: healthResponseSchema,
    problems: [],
    handler: async (_input, { db, version, now }) => ({
      status: 'ok' as const,
      version,
      schemaVersion: API_SCHEMA_VERSION,
      epoch: await readEpoch(db),
      database: db.kind,
      time: now().toISOString(),
    }),
  }),
];

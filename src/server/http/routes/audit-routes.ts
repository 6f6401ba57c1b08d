import { auditPageSchema, auditQuerySchema } from '../../../shared/schemas/audit.ts';
import { auditPage } from '../../services/audit.ts';
import { endpoint } from '../endpoint.ts';

export const auditRoutes = [
  endpoint({
    method: 'GET',
    path: '/api/audit',
    summary: 'Журнал действий: новые сверху, по страницам (?before=<id>&limit=)',
    tag: 'Журнал действий',
    access: ['coordinator', 'admin'],
    query: auditQuerySchema,
    response: auditPageSchema,
    problems: [],
    handler: async ({ query }, { db }) => auditPage(db, query),
  }),
];

import type { FastifyRequest } from 'fastify';
import {
  csvExportParamsSchema,
  csvExportQuerySchema,
  exportQuerySchema,
} from '../../../shared/schemas/export.ts';
import type { User } from '../../../shared/schemas/user.ts';
import { exportMediaTypes } from '../../services/exports/export-files.ts';
import { exportCsv, exportJson, exportXlsx } from '../../services/exports/export-formats.ts';
import type { ExportRequest } from '../../services/exports/run-export.ts';
import { endpoint, streamFileSchema } from '../endpoint.ts';

/** Results of the district: for the coordinator and the administrator only. */
const access = ['coordinator', 'admin'] as const;

function exportRequest(
  request: FastifyRequest,
  user: User,
  query: ExportRequest['query'],
): ExportRequest {
  return { user, query, origin: `${request.protocol}://${request.host}` };
}

const logFailure = (request: FastifyRequest) => (error: unknown) => {
  request.log.error({ err: error }, 'export broke off');
};

/** The district's results as files: the workbook, one table as CSV, JSON for programs. */
export const exportRoutes = [
  endpoint({
    method: 'GET',
    path: '/api/exports/results.xlsx',
    summary:
      'Результаты посещений за период: книга Excel (посещения, ответы, таблицы чек-листов, меры)',
    tag: 'Выгрузки',
    access,
    query: exportQuerySchema,
    binary: { response: 'stream', responseTypes: [exportMediaTypes.xlsx] },
    response: streamFileSchema,
    problems: [],
    handler: async ({ query, user, request }, { db }) =>
      exportXlsx(db, exportRequest(request, user, query), logFailure(request)),
  }),
  endpoint({
    method: 'GET',
    path: '/api/exports/:dataset.csv',
    summary: 'Одна таблица результатов в CSV (UTF-8 с BOM; «;» — для Excel с русскими настройками)',
    tag: 'Выгрузки',
    access,
    params: csvExportParamsSchema,
    query: csvExportQuerySchema,
    binary: { response: 'stream', responseTypes: [exportMediaTypes.csv] },
    response: streamFileSchema,
    problems: [],
    handler: async ({ params, query, user, request }, { db }) => {
      const { delimiter, ...rest } = query;
      const base = exportRequest(request, user, rest);
      return exportCsv(db, { ...base, dataset: params.dataset, delimiter }, logFailure(request));
    },
  }),
  endpoint({
    method: 'GET',
    path: '/api/exports/results.json',
    summary: 'Результаты посещений для программ: JSON с кодами и подписями',
    tag: 'Выгрузки',
    access,
    query: exportQuerySchema,
    binary: { response: 'stream', responseTypes: [exportMediaTypes.json] },
    response: streamFileSchema,
    problems: [],
    handler: async ({ query, user, request }, { db, now }) =>
      exportJson(db, { ...exportRequest(request, user, query), now: now() }, logFailure(request)),
  }),
];

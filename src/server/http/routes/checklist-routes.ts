import { z } from 'zod';
import {
  checklistDeleteResponseSchema,
  checklistImportResponseSchema,
  checklistListQuerySchema,
  checklistListResponseSchema,
  checklistVersionParamsSchema,
  checklistVersionSchema,
} from '../../../shared/schemas/checklist-version.ts';
import { ProblemError } from '../../problem-error.ts';
import { listChecklistVersions } from '../../queries/checklist-versions.ts';
import {
  exportVersion,
  importDraft,
  publishVersion,
  removeDraft,
} from '../../services/checklist-versions.ts';
import { binaryFileSchema, endpoint } from '../endpoint.ts';

const DISTRICT = ['coordinator', 'admin'] as const;
const TAG = 'Чек-листы';
/** The largest definition accepted: the built-in ones are under 100 KB. */
const DEFINITION_LIMIT = 2 * 1024 * 1024;

export const checklistRoutes = [
  endpoint({
    method: 'GET',
    path: '/api/checklists',
    summary:
      'Опубликованные версии чек-листов с определениями; ?status=all — и черновики (координатор, администратор)',
    tag: TAG,
    access: 'user',
    query: checklistListQuerySchema,
    response: checklistListResponseSchema,
    problems: [],
    handler: async ({ query, user }, { db }) => {
      const drafts = query.status === 'all';
      if (drafts && user.role !== 'coordinator' && user.role !== 'admin') {
        throw new ProblemError(
          'forbidden',
          { required: DISTRICT },
          'Черновики чек-листов видят только координатор и администратор.',
        );
      }
      return { checklists: await listChecklistVersions(db, { drafts }) };
    },
  }),
  endpoint({
    method: 'GET',
    path: '/api/checklists/:id/:version',
    summary: 'Определение версии чек-листа файлом JSON (для выгрузки и импорта в другой район)',
    tag: TAG,
    access: 'user',
    params: checklistVersionParamsSchema,
    binary: { response: true },
    response: binaryFileSchema,
    problems: ['not_found'],
    handler: async ({ params, user }, { db }) => exportVersion(db, user, params),
  }),
  endpoint({
    method: 'POST',
    path: '/api/checklists',
    summary: 'Импорт определения чек-листа (JSON) черновиком; черновик той же версии заменяется',
    tag: TAG,
    access: DISTRICT,
    body: z
      .unknown()
      .describe('Определение чек-листа, как его выгружает GET /api/checklists/:id/:version'),
    bodyLimit: DEFINITION_LIMIT,
    response: checklistImportResponseSchema,
    status: 201,
    problems: ['conflict'],
    handler: async ({ body, user }, { db }) => importDraft(db, user, body),
  }),
  endpoint({
    method: 'POST',
    path: '/api/checklists/:id/:version/publish',
    summary: 'Публикация черновика: после неё версия не меняется',
    tag: TAG,
    access: DISTRICT,
    params: checklistVersionParamsSchema,
    response: checklistVersionSchema,
    problems: ['not_found', 'conflict'],
    handler: async ({ params, user }, { db }) => publishVersion(db, user, params),
  }),
  endpoint({
    method: 'DELETE',
    path: '/api/checklists/:id/:version',
    summary: 'Удаление черновика (опубликованную версию удалить нельзя)',
    tag: TAG,
    access: DISTRICT,
    params: checklistVersionParamsSchema,
    response: checklistDeleteResponseSchema,
    problems: ['not_found', 'conflict'],
    handler: async ({ params, user }, { db }) => {
      await removeDraft(db, user, params);
      return { deleted: { checklistId: params.id, version: params.version } };
    },
  }),
];

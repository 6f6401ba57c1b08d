import { z } from 'zod';
import {
  MAX_MUTATIONS_PER_PUSH,
  pullRequestSchema,
  pullResponseSchema,
  pushRequestSchema,
  pushResponseSchema,
} from '../../../shared/schemas/sync.ts';
import { sha256Schema } from '../../../shared/schemas/visit.ts';
import { BLOB_TYPES, fetchBlob, MAX_BLOB_BYTES, storeBlob } from '../../services/blobs.ts';
import { pullChanges } from '../../services/sync/pull.ts';
import { pushChanges } from '../../services/sync/push.ts';
import { binaryFileSchema, endpoint } from '../endpoint.ts';

/** A push of the largest batch with long texts in it still fits. */
const PUSH_BODY_LIMIT = 16 * 1024 * 1024;

const blobParams = z.object({ sha256: sha256Schema });

/** Whether a file is on the server (HEAD), or the file itself (GET). */
function blobRead(method: 'HEAD' | 'GET', summary: string) {
  return endpoint({
    method,
    path: '/api/blobs/:sha256',
    summary,
    tag: 'Синхронизация',
    access: 'user',
    params: blobParams,
    binary: { response: true },
    response: binaryFileSchema,
    problems: ['not_found'],
    handler: async ({ params, user }, { db }) =>
      fetchBlob(db, user, params.sha256, method === 'GET'),
  });
}

export const syncRoutes = [
  endpoint({
    method: 'POST',
    path: '/api/sync/push',
    summary: `Изменения устройства (до ${MAX_MUTATIONS_PER_PUSH}), каждое ровно один раз`,
    tag: 'Синхронизация',
    access: 'user',
    body: pushRequestSchema,
    bodyLimit: PUSH_BODY_LIMIT,
    response: pushResponseSchema,
    problems: ['sync_gap', 'epoch_changed', 'forbidden', 'bad_request'],
    handler: async ({ body, user }, { db, now }) => pushChanges(db, user, body, now()),
  }),
  endpoint({
    method: 'POST',
    path: '/api/sync/pull',
    summary: 'Записи, изменённые после курсора устройства, в порядке версий',
    tag: 'Синхронизация',
    access: 'user',
    body: pullRequestSchema,
    response: pullResponseSchema,
    problems: ['epoch_changed', 'bad_request'],
    handler: async ({ body, user }, { db }) => pullChanges(db, user, body),
  }),
  blobRead('HEAD', 'Есть ли файл (фото, подпись) на сервере'),
  blobRead('GET', 'Файл (фото, подпись) по его SHA-256'),
  endpoint({
    method: 'PUT',
    path: '/api/blobs/:sha256',
    summary: 'Загрузка файла; сервер сверяет SHA-256, повтор ничего не меняет',
    tag: 'Синхронизация',
    access: 'user',
    params: blobParams,
    body: z.instanceof(Buffer),
    binary: { request: BLOB_TYPES },
    bodyLimit: MAX_BLOB_BYTES,
    response: z.object({ sha256: sha256Schema, size: z.number().int(), stored: z.boolean() }),
    problems: ['hash_mismatch'],
    handler: async ({ params, body, user, request }, { db }) =>
      storeBlob(db, user, {
        sha256: params.sha256,
        mimeType: String(request.headers['content-type']).split(';')[0] ?? '',
        bytes: body,
      }),
  }),
];

import { z } from 'zod';
import {
  pullResponseSchema,
  pushResponseSchema,
  type PullRequest,
  type PushRequest,
} from '../../shared/schemas/sync.ts';
import { apiFetch, apiRequest } from './api-request.ts';

/** A large push or a slow school network: more time than an ordinary request. */
const SYNC_TIMEOUT_MS = 60_000;
/** A photo over a weak mobile connection. */
const PHOTO_TIMEOUT_MS = 120_000;

export function postPush(token: string, body: PushRequest) {
  return apiRequest('/api/sync/push', {
    method: 'POST',
    token,
    body,
    schema: pushResponseSchema,
    signal: AbortSignal.timeout(SYNC_TIMEOUT_MS),
  });
}

export function postPull(token: string, body: PullRequest) {
  return apiRequest('/api/sync/pull', {
    method: 'POST',
    token,
    body,
    schema: pullResponseSchema,
    signal: AbortSignal.timeout(SYNC_TIMEOUT_MS),
  });
}

const blobPath = (sha256: string) => `/api/blobs/${sha256}`;

/** Whether the server has the photo already (an upload cut short is simply sent again). */
export async function serverHasBlob(token: string, sha256: string): Promise<boolean> {
  const response = await apiFetch(blobPath(sha256), { method: 'HEAD', token, allowNotFound: true });
  return response.ok;
}

export async function uploadBlob(token: string, sha256: string, blob: Blob): Promise<void> {
  await apiRequest(blobPath(sha256), {
    method: 'PUT',
    token,
    body: blob,
    schema: z.object({ sha256: z.string() }),
    signal: AbortSignal.timeout(PHOTO_TIMEOUT_MS),
  });
}

/** The photo's bytes, or undefined when the server does not have it (yet). */
export async function downloadBlob(token: string, sha256: string): Promise<Blob | undefined> {
  const response = await apiFetch(blobPath(sha256), {
    token,
    allowNotFound: true,
    signal: AbortSignal.timeout(PHOTO_TIMEOUT_MS),
  });
  return response.ok ? response.blob() : undefined;
}

import type { z } from 'zod';
import { API_SCHEMA_VERSION, SCHEMA_VERSION_HEADER } from '../../shared/protocol/versions.ts';
import { problemSchema } from '../../shared/schemas/problem.ts';
import { ApiError } from './api-error.ts';

/** A school's mobile internet may hang rather than fail: give up and say so. */
const REQUEST_TIMEOUT_MS = 20_000;

interface FetchOptions {
  method?: 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** JSON to send, or a file (a photo) sent as it is. */
  body?: unknown;
  token?: string;
  signal?: AbortSignal;
  /** Missing is an answer, not a failure (asking whether a photo is on the server). */
  allowNotFound?: boolean;
}

interface RequestOptions<S extends z.ZodType> extends Omit<FetchOptions, 'allowNotFound'> {
  /** Every answer is parsed: the app trusts nothing it did not check. */
  schema: S;
}

async function failure(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const problem = problemSchema.safeParse(body);
  return problem.success
    ? new ApiError(problem.data.code, problem.data)
    : new ApiError('unexpected_response');
}

/**
 * One call to the server; failures become an `ApiError` with a code people can
 * be told. The answer is returned unread (a photo's bytes, a 404 when allowed).
 */
export async function apiFetch(path: string, options: FetchOptions): Promise<Response> {
  const headers: Record<string, string> = { [SCHEMA_VERSION_HEADER]: String(API_SCHEMA_VERSION) };
  const { body } = options;
  const isFile = body instanceof Blob;
  if (body !== undefined) headers['content-type'] = isFile ? body.type : 'application/json';
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      cache: 'no-store',
      ...(body === undefined ? {} : { body: isFile ? body : JSON.stringify(body) }),
      signal: options.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new ApiError(timedOut ? 'network_timeout' : 'network_unavailable');
  }
  if (response.status === 404 && options.allowNotFound) return response;
  if (!response.ok) throw await failure(response);
  return response;
}

/** One JSON call to the server's API, its answer checked against `schema`. */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  options: RequestOptions<S>,
): Promise<z.output<S>> {
  const response = await apiFetch(path, options);
  const parsed = options.schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new ApiError('unexpected_response');
  return parsed.data;
}

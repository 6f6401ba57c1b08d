import type { z } from 'zod';
import { API_SCHEMA_VERSION, SCHEMA_VERSION_HEADER } from '../../shared/protocol/versions.ts';
import { problemSchema } from '../../shared/schemas/problem.ts';
import { ApiError } from './api-error.ts';

/** A school's mobile internet may hang rather than fail: give up and say so. */
const REQUEST_TIMEOUT_MS = 20_000;

interface RequestOptions<S extends z.ZodType> {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  token?: string;
  /** Every answer is parsed: the app trusts nothing it did not check. */
  schema: S;
  signal?: AbortSignal;
}

async function failure(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  const problem = problemSchema.safeParse(body);
  return problem.success
    ? new ApiError(problem.data.code, problem.data)
    : new ApiError('unexpected_response');
}

/** One call to the server's API; failures become an `ApiError` with a code people can be told. */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  options: RequestOptions<S>,
): Promise<z.output<S>> {
  const headers: Record<string, string> = { [SCHEMA_VERSION_HEADER]: String(API_SCHEMA_VERSION) };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      cache: 'no-store',
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      signal: options.signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new ApiError(timedOut ? 'network_timeout' : 'network_unavailable');
  }
  if (!response.ok) throw await failure(response);
  const parsed = options.schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new ApiError('unexpected_response');
  return parsed.data;
}

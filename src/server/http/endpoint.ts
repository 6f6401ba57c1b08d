import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { API_SCHEMA_VERSION, SCHEMA_VERSION_HEADER } from '../../shared/protocol/versions.ts';
import type { Issue, ProblemCode } from '../../shared/schemas/problem.ts';
import type { Role, User } from '../../shared/schemas/user.ts';
import { ProblemError } from '../problem-error.ts';
import type { ServerContext } from './server-context.ts';

type Method = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Access = 'public' | 'user' | readonly Role[];
type Schema = z.ZodType;

export interface HandlerInput<
  B extends Schema,
  Q extends Schema,
  P extends Schema,
  A extends Access = Access,
> {
  body: z.output<B>;
  query: z.output<Q>;
  params: z.output<P>;
  /** The signed-in person; `null` only on public endpoints. */
  user: A extends 'public' ? User | null : User;
  token: string | null;
  request: FastifyRequest;
}

export interface Endpoint<
  B extends Schema = Schema,
  Q extends Schema = Schema,
  P extends Schema = Schema,
  R extends Schema = Schema,
  A extends Access = Access,
> {
  method: Method;
  /** Fastify style: `/api/schools/:id`. */
  path: string;
  summary: string;
  tag: string;
  access: A;
  body?: B;
  query?: Q;
  params?: P;
  response: R;
  status?: number;
  /** Problem codes this endpoint answers with besides the ones every endpoint may. */
  problems: readonly ProblemCode[];
  /** A larger body than the server's default, for endpoints that take batches or files. */
  bodyLimit?: number;
  /**
   * A file instead of JSON: `request` lists the media types the body may have
   * (it arrives as a Buffer); `response` makes the handler answer with a
   * `BinaryFile`, sent as it is, or (`'stream'`) with a `StreamFile`, a
   * download sent while it is being written; `responseTypes` documents the
   * media types it may have.
   */
  binary?: {
    request?: readonly string[];
    response?: boolean | 'stream';
    responseTypes?: readonly string[];
  };
  /** Keyed by client address, plus `keyOf` of the parsed body when given. */
  rateLimit?: { max: number; timeWindow: string; keyOf?: (body: unknown) => string };
  handler: (input: HandlerInput<B, Q, P, A>, context: ServerContext) => Promise<z.input<R>>;
}

/**
 * A file an endpoint answers with; `bytes` is null for HEAD. With `fileName`
 * it is a download: sent as an attachment of that name and never cached.
 */
export const binaryFileSchema = z.object({
  contentType: z.string(),
  size: z.number().int().min(0),
  bytes: z.instanceof(Buffer).nullable(),
  fileName: z.string().min(1).optional(),
});
export type BinaryFile = z.infer<typeof binaryFileSchema>;

/**
 * A download written while it is sent (an export): sent as an attachment
 * named `fileName`, never cached, without a length; HEAD is not offered.
 */
export const streamFileSchema = z.object({
  contentType: z.string(),
  fileName: z.string().min(1),
  stream: z.instanceof(Readable),
});
export type StreamFile = z.infer<typeof streamFileSchema>;

/** Erases an endpoint's type parameters so that endpoints of different shapes fit one list. */
export function endpoint<
  B extends Schema,
  Q extends Schema,
  P extends Schema,
  R extends Schema,
  const A extends Access,
>(definition: Endpoint<B, Q, P, R, A>): Endpoint {
  return definition;
}

/** `attachment` with an ASCII fallback name and the real one in RFC 5987 form. */
function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function issuesOf(error: z.ZodError, where: string): Issue[] {
  return error.issues.map((issue) => ({
    path: [where, ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

function parsePart(schema: Schema | undefined, value: unknown, where: string): unknown {
  if (schema === undefined) return undefined;
  const parsed = schema.safeParse(value ?? (where === 'body' ? undefined : {}));
  if (!parsed.success) {
    throw new ProblemError('validation_failed', { issues: issuesOf(parsed.error, where) });
  }
  return parsed.data;
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  const match = header === undefined ? null : /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
  return match?.[1] ?? null;
}

function checkClientVersion(request: FastifyRequest): void {
  const sent = request.headers[SCHEMA_VERSION_HEADER];
  if (typeof sent === 'string' && Number(sent) < API_SCHEMA_VERSION) {
    throw new ProblemError('client_outdated', { expected: API_SCHEMA_VERSION, sent: Number(sent) });
  }
}

async function authorise(
  spec: Endpoint,
  request: FastifyRequest,
  context: ServerContext,
): Promise<{ user: User | null; token: string | null }> {
  const token = bearerToken(request);
  if (spec.access === 'public') return { user: null, token };
  if (token === null) throw new ProblemError('unauthenticated');
  const { user } = await context.auth.authenticate(token);
  if (spec.access !== 'user' && !spec.access.includes(user.role)) {
    throw new ProblemError('forbidden', { required: spec.access });
  }
  return { user, token };
}

function rateLimitConfig(limit: NonNullable<Endpoint['rateLimit']>) {
  const { keyOf } = limit;
  return {
    max: limit.max,
    timeWindow: limit.timeWindow,
    // After the body is parsed, so that the key can name the account being tried.
    hook: 'preHandler' as const,
    keyGenerator: (request: FastifyRequest) =>
      keyOf ? `${request.ip} ${keyOf(request.body)}` : request.ip,
  };
}

/** Registers an endpoint: parse → authorise → call → strip the answer through its schema. */
export function registerEndpoint(
  app: FastifyInstance,
  spec: Endpoint,
  context: ServerContext,
): void {
  app.route({
    method: spec.method,
    url: spec.path,
    ...(spec.rateLimit ? { config: { rateLimit: rateLimitConfig(spec.rateLimit) } } : {}),
    ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
    ...(spec.binary?.response === 'stream' ? { exposeHeadRoute: false } : {}),
    handler: async (request, reply) => {
      checkClientVersion(request);
      const { user, token } = await authorise(spec, request, context);
      const input = {
        body: parsePart(spec.body, request.body, 'body'),
        query: parsePart(spec.query, request.query, 'query'),
        params: parsePart(spec.params, request.params, 'params'),
        user,
        token,
        request,
      };
      const result = await spec.handler(input, context);
      if (spec.binary?.response === 'stream') {
        const file = streamFileSchema.parse(result);
        reply
          .status(spec.status ?? 200)
          .header('cache-control', 'no-store')
          .header('content-disposition', attachmentDisposition(file.fileName))
          .type(file.contentType);
        return reply.send(file.stream);
      }
      if (spec.binary?.response) {
        const file = binaryFileSchema.parse(result);
        // Content-addressed: the same address is always the same bytes.
        reply
          .status(spec.status ?? 200)
          .header('cache-control', 'private, max-age=31536000, immutable')
          .header('content-length', file.size)
          .type(file.contentType);
        if (file.fileName !== undefined) {
          reply
            .header('cache-control', 'no-store')
            .header('content-disposition', attachmentDisposition(file.fileName));
        }
        return reply.send(file.bytes ?? undefined);
      }
      reply.status(spec.status ?? 200).header('cache-control', 'no-store');
      return spec.response.parse(result);
    },
  });
}

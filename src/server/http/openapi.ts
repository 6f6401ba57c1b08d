import { z } from 'zod';
import { problemSchema, type ProblemCode } from '../../shared/schemas/problem.ts';
import type { Endpoint } from './endpoint.ts';
import { problemStatus } from './problem-status.ts';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return rest;
}

/** Problems every endpoint may answer with, on top of its own. */
function commonProblems(spec: Endpoint): ProblemCode[] {
  const codes: ProblemCode[] = ['internal', 'client_outdated'];
  if (spec.body || spec.query || spec.params) codes.push('validation_failed');
  if (spec.body) codes.push('malformed_json', 'payload_too_large', 'unsupported_media_type');
  if (spec.access !== 'public') codes.push('unauthenticated', 'account_disabled');
  if (Array.isArray(spec.access)) codes.push('forbidden');
  return codes;
}

function responses(spec: Endpoint): Record<string, unknown> {
  const byStatus = new Map<number, Set<ProblemCode>>();
  for (const code of [...spec.problems, ...commonProblems(spec)]) {
    const status = problemStatus[code];
    byStatus.set(status, (byStatus.get(status) ?? new Set()).add(code));
  }
  const content = spec.binary?.response
    ? Object.fromEntries(
        (spec.binary.responseTypes ?? ['application/octet-stream']).map((type) => [
          type,
          { schema: { type: 'string', contentEncoding: 'binary' } },
        ]),
      )
    : { 'application/json': { schema: jsonSchema(spec.response, 'output') } };
  const result: Record<string, unknown> = {
    [String(spec.status ?? 200)]: { description: 'Успешно', content },
  };
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a - b)) {
    result[String(status)] = {
      description: `Problem: ${[...codes].join(', ')}`,
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
  }
  return result;
}

function parameters(spec: Endpoint): unknown[] {
  const list: unknown[] = [];
  for (const [where, schema] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (!schema) continue;
    const properties = (jsonSchema(schema, 'input').properties ?? {}) as Record<string, unknown>;
    for (const [name, property] of Object.entries(properties)) {
      list.push({ name, in: where, required: where === 'path', schema: property });
    }
  }
  return list;
}

function requestBody(spec: Endpoint, body: z.ZodType): Record<string, unknown> {
  const types = spec.binary?.request;
  const content = types
    ? Object.fromEntries(
        types.map((type) => [type, { schema: { type: 'string', contentEncoding: 'binary' } }]),
      )
    : { 'application/json': { schema: jsonSchema(body, 'input') } };
  return { required: true, content };
}

/** The OpenAPI 3.1 document of every registered endpoint, from their zod schemas. */
export function buildOpenApi(endpoints: readonly Endpoint[], version: string): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of endpoints) {
    const path = spec.path.replace(/:([A-Za-z][A-Za-z0-9_]*)/g, '{$1}');
    paths[path] ??= {};
    paths[path][spec.method.toLowerCase()] = {
      summary: spec.summary,
      tags: [spec.tag],
      ...(spec.access === 'public' ? { security: [] } : {}),
      parameters: parameters(spec),
      ...(spec.body ? { requestBody: requestBody(spec, spec.body) } : {}),
      responses: responses(spec),
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Инспектор ЭЖ — API',
      version,
      description: 'Ошибки всегда приходят как Problem: code, message (по-русски), details.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: { Problem: jsonSchema(problemSchema, 'output') },
    },
    paths,
  };
}

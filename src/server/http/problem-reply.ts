import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import type { ProblemCode } from '../../shared/schemas/problem.ts';
import { ProblemError } from '../problem-error.ts';
import { problemStatus } from './problem-status.ts';

/** Fastify's own request errors, by their code, as problems. */
const FRAMEWORK_CODES: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'malformed_json',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'bad_request',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_TYPE: 'unsupported_media_type',
  FST_ERR_BAD_URL: 'bad_request',
  FST_ERR_ASYNC_CONSTRAINT: 'bad_request',
};

export function sendProblem(reply: FastifyReply, error: ProblemError): FastifyReply {
  return reply
    .status(problemStatus[error.problem.code])
    .type('application/problem+json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send(error.problem);
}

/** Headers for answers sent before any hook ran (helmet's included): a strict minimum. */
const BARE_SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

export function sendBareProblem(reply: FastifyReply, error: ProblemError): FastifyReply {
  return sendProblem(reply.headers(BARE_SECURITY_HEADERS), error);
}

/** Turns anything thrown while answering into a Problem: the one place that serialises them. */
export function toProblemError(error: unknown): ProblemError {
  if (error instanceof ProblemError) return error;
  const fastifyError = error as Partial<FastifyError>;
  const code = fastifyError.code === undefined ? undefined : FRAMEWORK_CODES[fastifyError.code];
  if (code !== undefined) return new ProblemError(code);
  if (fastifyError.statusCode === 429) return new ProblemError('rate_limited');
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500)
    return new ProblemError('bad_request', { reason: fastifyError.message });
  return new ProblemError('internal');
}

export function installProblemHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const problem = toProblemError(error);
    if (problem.problem.code === 'internal') request.log.error({ err: error }, 'unexpected error');
    return sendProblem(reply, problem);
  });
}

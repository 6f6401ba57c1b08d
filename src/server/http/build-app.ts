import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/port.ts';
import { applyRussianValidationMessages } from '../../shared/schemas/russian-messages.ts';
import { ProblemError } from '../problem-error.ts';
import { authenticate } from '../services/auth.ts';
import { registerEndpoint, type Endpoint } from './endpoint.ts';
import { buildOpenApi } from './openapi.ts';
import { installProblemHandler, sendBareProblem, toProblemError } from './problem-reply.ts';
import { authRoutes } from './routes/auth-routes.ts';
import { healthRoutes } from './routes/health-routes.ts';
import { openApiRoute } from './routes/openapi-route.ts';
import { peopleRoutes } from './routes/people-routes.ts';
import { planRoutes } from './routes/plan-routes.ts';
import { exportRoutes } from './routes/export-routes.ts';
import { analyticsRoutes } from './routes/analytics-routes.ts';
import { auditRoutes } from './routes/audit-routes.ts';
import { checklistRoutes } from './routes/checklist-routes.ts';
import { SCHOOL_FILE_TYPES, schoolRoutes } from './routes/school-routes.ts';
import { userRoutes } from './routes/user-routes.ts';
import { syncRoutes } from './routes/sync-routes.ts';
import { BLOB_TYPES } from '../services/blobs.ts';
import { installSecurityHeaders } from './security-headers.ts';
import type { ServerContext } from './server-context.ts';
import { installStaticFiles } from './static-files.ts';

export interface BuildAppOptions {
  db: Db;
  config: Config;
  version: string;
  now?: () => Date;
  logger?: boolean;
}

/** Every API route goes through endpoint(), so that it is parsed, authorised and documented. */
function refuseUndocumentedRoutes(app: FastifyInstance, documented: readonly Endpoint[]): void {
  const known = new Set(documented.map((spec) => `${spec.method} ${spec.path}`));
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (
        route.url.startsWith('/api/') &&
        method !== 'HEAD' &&
        !known.has(`${method} ${route.url}`)
      ) {
        throw new Error(
          `Маршрут ${method} ${route.url} объявлен мимо endpoint(): он не описан в OpenAPI`,
        );
      }
    }
  });
}

/** A number of proxy hops becomes the function Fastify takes for it. */
function trustProxyOption(trust: Config['TRUST_PROXY']) {
  return typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;
}

export async function buildApp(
  options: BuildAppOptions,
): Promise<{ app: FastifyInstance; staticServed: boolean }> {
  const { db, config, version } = options;
  applyRussianValidationMessages();
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: options.logger === false ? false : { level: config.LOG_LEVEL },
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: trustProxyOption(config.TRUST_PROXY),
    routerOptions: { maxParamLength: 200 },
    // Errors raised before routing (an undecodable URL) skip hooks and the error handler.
    frameworkErrors: (error, _request, reply) => {
      void sendBareProblem(reply, toProblemError(error));
    },
  });
  installProblemHandler(app);
  await installSecurityHeaders(app);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new ProblemError('rate_limited', { retryAfterSeconds: Math.ceil(context.ttl / 1000) }),
  });
  const context: ServerContext = {
    db,
    config,
    version,
    now,
    auth: { authenticate: (token) => authenticate(db, token, now()) },
  };
  // Photos and signatures arrive as they are, not as JSON.
  app.addContentTypeParser([...BLOB_TYPES], { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body);
  });
  // So do school files (CSV, XLSX) for the directory's import.
  app.addContentTypeParser(
    [...SCHOOL_FILE_TYPES],
    { parseAs: 'buffer' },
    (_request, body, done) => {
      done(null, body);
    },
  );
  const routes = [
    ...healthRoutes,
    ...authRoutes(config.LOGIN_RATE_LIMIT),
    ...schoolRoutes,
    ...userRoutes,
    ...checklistRoutes,
    ...auditRoutes,
    ...syncRoutes,
    ...planRoutes,
    ...peopleRoutes,
    ...exportRoutes,
    ...analyticsRoutes,
  ];
  const documented = [...routes, openApiRoute(() => document)];
  const document = buildOpenApi(documented, version);
  refuseUndocumentedRoutes(app, documented);
  for (const spec of documented) registerEndpoint(app, spec, context);
  const staticServed = await installStaticFiles(app, config.STATIC_DIR);
  return { app, staticServed };
}

import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ProblemError } from '../problem-error.ts';
import { sendProblem } from './problem-reply.ts';

const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** Hashed build output (root/assets/…) never changes under its name; the rest is revalidated. */
export function cacheControlFor(root: string, file: string): string {
  return path.relative(root, file).startsWith(`assets${path.sep}`)
    ? `public, max-age=${YEAR_SECONDS}, immutable`
    : 'no-cache';
}

function wantsPage(request: FastifyRequest): boolean {
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !/^\/api(\/|\?|$)/.test(request.url) &&
    (request.headers.accept ?? '').includes('text/html')
  );
}

/**
 * Serves the built app from `root`. Any other page address gets index.html, so
 * deep links work on a first online visit too; API addresses get a Problem.
 */
export async function installStaticFiles(app: FastifyInstance, root: string): Promise<boolean> {
  const available = existsSync(path.join(root, 'index.html'));
  if (available) {
    await app.register(fastifyStatic, {
      root,
      wildcard: true,
      index: ['index.html'],
      cacheControl: false,
      setHeaders: (res, file) => {
        res.setHeader('cache-control', cacheControlFor(root, file));
      },
    });
  }
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    if (available && wantsPage(request)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(
      reply,
      new ProblemError('not_found', { method: request.method, url: request.url }),
    );
  });
  return available;
}

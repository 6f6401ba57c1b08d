import { Agent, request } from 'node:http';
import type { FastifyInstance } from 'fastify';

interface InjectLike {
  method: string;
  url: string;
  headers?: Record<string, string>;
  payload?: unknown;
}

/**
 * A stand-in for the Fastify app that sends TestDevice's JSON requests to the
 * server at `baseUrl` over node:http with kept-alive connections. The clients
 * share the machine's two cores with the server and its database: this costs
 * them a fraction of what `fetch` does, so that the figures are the server's.
 */
export function keepAliveApp(
  baseUrl: string,
  connections: number,
): { app: FastifyInstance; close(): void } {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const inject = ({ method, url, headers = {}, payload }: InjectLike) =>
    new Promise((resolve, reject) => {
      const body = payload === undefined ? undefined : JSON.stringify(payload);
      const sent = request(
        new URL(url, baseUrl),
        {
          method,
          agent,
          headers:
            body === undefined ? headers : { 'content-type': 'application/json', ...headers },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({
              statusCode: response.statusCode ?? 0,
              body: text,
              json: () => JSON.parse(text) as unknown,
            });
          });
          response.on('error', reject);
        },
      );
      sent.on('error', reject);
      sent.end(body);
    });
  return { app: { inject } as unknown as FastifyInstance, close: () => agent.destroy() };
}

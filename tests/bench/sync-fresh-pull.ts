import { performance } from 'node:perf_hooks';
import { signIn } from '../../src/client/db/session-repository.ts';
import { runSync } from '../../src/client/sync/run-sync.ts';
import { loginResponseSchema } from '../../src/shared/schemas/auth.ts';
import { httpRequest } from '../fixtures/http-app.ts';
import { TEST_PASSWORD } from '../fixtures/users.ts';
import { openFakeDevice } from './fake-indexeddb-device.ts';
import type { SyncServer } from './sync-server.ts';

export interface PullFigures {
  records: number;
  /** Visits, rows and answers in the device database afterwards. */
  stored: number;
  totalMs: number;
  /** CPU time of this process meanwhile: the device's work (its HTTP client included). */
  deviceCpuMs: number;
  requests: number;
}

/** The app's `fetch` of `/api/...`, sent to the server at `baseUrl`. */
function serverFetch(baseUrl: string, onRequest: () => void): typeof fetch {
  const real = globalThis.fetch;
  return (input, init) => {
    const address =
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    onRequest();
    return real(new URL(address, baseUrl), init);
  };
}

let devices = 0;

/**
 * A new tablet of the inspector signs in and runs the app's sync (runSync:
 * push, pull page by page, photos) until it holds everything of theirs, in a
 * fake-indexeddb device database, over real HTTP to the server's process.
 */
export async function freshDevicePull(server: SyncServer): Promise<PullFigures> {
  const login = await httpRequest(server.url, {
    method: 'POST',
    url: '/api/auth/login',
    payload: { login: server.inspector.login, password: TEST_PASSWORD },
  });
  const session = loginResponseSchema.parse(login.json());
  const device = await openFakeDevice(`sync-bench-${String(devices++)}`);
  const real = globalThis.fetch;
  let requests = 0;
  try {
    await signIn(device.db, session, new Date());
    globalThis.fetch = serverFetch(server.url, () => (requests += 1));
    const started = performance.now();
    const cpu = process.cpuUsage();
    const report = await runSync(device.db);
    const used = process.cpuUsage(cpu);
    const totalMs = performance.now() - started;
    if (!report) throw new Error('the device was not signed in');
    const { visits, rows, answers } = device.db;
    const counts = await Promise.all([visits.count(), rows.count(), answers.count()]);
    const stored = counts.reduce((sum, count) => sum + count, 0);
    const deviceCpuMs = (used.user + used.system) / 1000;
    return { records: report.pulled, stored, totalMs, deviceCpuMs, requests };
  } finally {
    globalThis.fetch = real;
    device.close();
  }
}

// The real server process (src/server/main.ts through tsx, as server-process.test.ts
// starts it) on a PGlite data folder, killed with SIGKILL while a device's large
// push is on its way, then started again on the same folder.
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/server/db/migrate.ts';
import { openPgliteDb } from '../../src/server/db/pglite-db.ts';
import type { Mutation, SyncRecord } from '../../src/shared/schemas/sync.ts';
import type { User } from '../../src/shared/schemas/user.ts';
import { deviceOver, logInOver } from '../fixtures/http-app.ts';
import { startServerProcess, type Started } from '../fixtures/processes.ts';
import { answerPut, createVisit, newVisit, type TestDevice } from '../fixtures/sync-client.ts';
import { addSchool, addUser } from '../fixtures/users.ts';
import { makeTempDir, removeDir } from '../support/temp-dir.ts';

const ANSWERS = 499;

interface Running {
  server: Started;
  url: string;
  exited: Promise<void>;
}

describe('a push cut off by the server being killed, on a PGlite data folder', () => {
  let dataDir: string;
  let schoolId: string;
  let inspector: User;
  let token: string;
  let running: Running | undefined;

  async function start(): Promise<Running> {
    const server = await startServerProcess({
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOGIN_RATE_LIMIT: '1000',
    });
    const exited = new Promise<void>((resolve) => {
      if (server.child.exitCode !== null || server.child.signalCode !== null) resolve();
      else server.child.once('exit', () => resolve());
    });
    running = { server, url: `http://127.0.0.1:${server.port}`, exited };
    return running;
  }

  async function kill(target: Running): Promise<void> {
    target.server.child.kill('SIGKILL');
    await target.exited;
  }

  beforeAll(async () => {
    dataDir = await makeTempDir('sync-restart');
    const db = await openPgliteDb(path.join(dataDir, 'pglite'));
    await migrate(db);
    schoolId = await addSchool(db);
    inspector = await addUser(db, 'inspector');
    await db.close();
  });
  afterAll(async () => {
    if (running) await kill(running);
    await removeDir(dataDir);
  });

  /** A visit and 499 answers: the largest push a device sends. */
  function largePush(device: TestDevice) {
    const visit = newVisit(inspector, schoolId);
    const values = Array.from({ length: ANSWERS }, (_, i) => `ответ ${i} — ${visit.id}`);
    const mutations = device.number([
      createVisit(visit),
      ...values.map((value, i) => answerPut(visit.id, `item-${i}`, { value, note: `№${i}` })),
    ]);
    return { visit, values, mutations };
  }

  const body = (device: TestDevice, mutations: readonly Mutation[]) =>
    JSON.stringify({ clientId: device.clientId, epoch: null, mutations });

  /**
   * Sends a push and kills the server: `afterSendMs` after its last byte left,
   * or as soon as the answer starts coming back (it then never reaches the device).
   */
  function pushAndKill(
    target: Running,
    payload: string,
    killAt: { afterSendMs: number } | 'on-answer',
  ): Promise<'answered' | 'refused' | 'cut off'> {
    return new Promise((resolve) => {
      const request = http.request({
        host: '127.0.0.1',
        port: target.server.port,
        method: 'POST',
        path: '/api/sync/push',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        },
      });
      request.on('response', (response) => {
        if (killAt === 'on-answer') void kill(target);
        response.resume();
        request.destroy();
        resolve(response.statusCode === 200 ? 'answered' : 'refused');
      });
      request.on('error', () => resolve('cut off'));
      request.end(payload, () => {
        if (killAt !== 'on-answer') setTimeout(() => void kill(target), killAt.afterSendMs);
      });
    });
  }

  /** The records of one visit a fresh device of the inspector pulls. */
  async function recordsOf(url: string, visitId: string): Promise<SyncRecord[]> {
    const observer = deviceOver(url, token, inspector);
    const records = await observer.pull();
    return records.filter((r) => r.id === visitId || r.id.startsWith(`${visitId}:`));
  }

  /** After a restart: the push is there whole or not at all, and its resend makes it whole, once. */
  async function resendAndCheck(
    url: string,
    tablet: TestDevice,
    sent: ReturnType<typeof largePush>,
  ): Promise<'applied' | 'duplicate'> {
    const before = await recordsOf(url, sent.visit.id);
    expect([0, ANSWERS + 1]).toContain(before.length);
    const committed = before.length > 0;

    // The same device, its same mutations, to the restarted server.
    const again = deviceOver(url, token, inspector);
    Object.assign(again, { clientId: tablet.clientId, nextMid: tablet.nextMid });
    const response = await again.push(sent.mutations);
    const expected = committed ? 'duplicate' : 'applied';
    expect(response.results.map((r) => r.status)).toEqual(sent.mutations.map(() => expected));
    expect(response.lastMid).toBe(ANSWERS + 1);

    const after = await recordsOf(url, sent.visit.id);
    const answers = after.filter((r) => r.collection === 'answers');
    expect(answers).toHaveLength(ANSWERS);
    expect(new Set(answers.map((r) => r.id)).size).toBe(ANSWERS);
    sent.values.forEach((value, i) => {
      const answer = answers.find((r) => r.id === `${sent.visit.id}:item-${i}`);
      expect(answer?.data).toMatchObject({ answer: { value, note: `№${i}` } });
    });
    expect(after.filter((r) => r.collection === 'visits')).toHaveLength(1);
    expect(after.filter((r) => r.collection === 'conflicts')).toEqual([]);
    // Written by one transaction, once: one version for all, unchanged by a duplicate.
    expect(new Set(after.map((r) => r.version)).size).toBe(1);
    if (committed) expect(after.map((r) => r.version)).toEqual(before.map((r) => r.version));

    // The device goes on from mutation 501 with no gap and nothing missing.
    const next = await again.change(
      answerPut(
        sent.visit.id,
        'item-0',
        { value: 'исправлено' },
        {
          value: after[0]?.version ?? 0,
        },
      ),
    );
    expect(next.results.map((r) => r.status)).toEqual(['applied']);
    expect(next.lastMid).toBe(ANSWERS + 2);
    return expected;
  }

  it('applies every mutation exactly once when the push is resent after the server died mid-push', async () => {
    let server = await start();
    token = await logInOver(server.url, inspector);
    const outcomes: string[] = [];
    // Killed as the last byte leaves, then a quarter and half way into a push’s usual time.
    for (const fraction of [0, 1 / 4, 1 / 2]) {
      // A push of the same size first: the server is warm, and we learn how long one takes.
      const warmUp = deviceOver(server.url, token, inspector);
      const started = Date.now();
      await warmUp.push(largePush(warmUp).mutations);
      const pushMs = Date.now() - started;

      const tablet = deviceOver(server.url, token, inspector);
      const sent = largePush(tablet);
      const afterSendMs = Math.floor(pushMs * fraction);
      const result = await pushAndKill(server, body(tablet, sent.mutations), { afterSendMs });
      await server.exited;
      if (fraction === 0) expect(result).toBe('cut off');

      // The same data folder: the dead process's lock is taken over, the token still works.
      server = await start();
      outcomes.push(`${result}, ${await resendAndCheck(server.url, tablet, sent)}`);
    }
    // Whatever came back before the kill, nothing was refused, and an answered push was kept.
    for (const outcome of outcomes)
      expect(outcome).toMatch(/^(cut off, (applied|duplicate)|answered, duplicate)$/);
    await kill(server);
  }, 60_000);

  it('answers a push resent after its answer was lost with every mutation a duplicate', async () => {
    let server = await start();
    token = await logInOver(server.url, inspector);
    const tablet = deviceOver(server.url, token, inspector);
    const sent = largePush(tablet);
    // Committed, and the answer on its way when the server dies: the device never reads it.
    expect(await pushAndKill(server, body(tablet, sent.mutations), 'on-answer')).toBe('answered');
    await server.exited;

    server = await start();
    expect(await resendAndCheck(server.url, tablet, sent)).toBe('duplicate');
    await kill(server);
  }, 60_000);
});

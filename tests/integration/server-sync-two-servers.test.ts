// Two real server processes (src/server/main.ts through tsx, as
// server-process.test.ts starts it) on one PostgreSQL database: devices of one
// inspector sync through either, tokens and photos included.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/server/db/migrate.ts';
import type { Db } from '../../src/server/db/port.ts';
import type { User } from '../../src/shared/schemas/user.ts';
import { deviceOver, httpRequest, logInOver } from '../fixtures/http-app.ts';
import { namedConnections, untilDisconnected } from '../fixtures/postgres-connections.ts';
import { startServerProcess, stopProcess, type Started } from '../fixtures/processes.ts';
import {
  answerPut,
  attachmentPut,
  createVisit,
  latest,
  newVisit,
} from '../fixtures/sync-client.ts';
import { openFreshPostgres, postgresAvailable } from '../fixtures/test-databases.ts';
import { addSchool, addUser } from '../fixtures/users.ts';

const SERVER_A = 'two-servers-test-a';
const SERVER_B = 'two-servers-test-b';

/** Bytes that start and end like a JPEG: the server stores them as they are. */
function jpegBytes(): Buffer {
  return Buffer.concat([
    Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
    randomBytes(4096),
    Buffer.from([0xff, 0xd9]),
  ]);
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.skipIf(!postgresAvailable)('two server processes on one PostgreSQL database', () => {
  let db: Db;
  let a: Started | undefined;
  let b: Started | undefined;
  let urlA: string;
  let urlB: string;
  let schoolId: string;
  let inspector: User;

  beforeAll(async () => {
    let url: string;
    ({ db, url } = await openFreshPostgres());
    await migrate(db);
    schoolId = await addSchool(db);
    inspector = await addUser(db, 'inspector');
    const env = (name: string) => ({
      DATABASE_URL: namedConnections(url, name),
      LOGIN_RATE_LIMIT: '1000',
    });
    [a, b] = await Promise.all([
      startServerProcess(env(SERVER_A)),
      startServerProcess(env(SERVER_B)),
    ]);
    urlA = `http://127.0.0.1:${a.port}`;
    urlB = `http://127.0.0.1:${b.port}`;
  });
  afterAll(async () => {
    await Promise.all([a && stopProcess(a.child), b && stopProcess(b.child)]);
    await untilDisconnected(db, SERVER_A);
    await untilDisconnected(db, SERVER_B);
    await db.close();
  });

  it('accepts a token from one server on the other, and a sign-out on one ends it on both', async () => {
    // Both really serve from PostgreSQL, not each from an embedded database of its own.
    for (const server of [a, b]) expect(server?.output()).toContain('PostgreSQL (DATABASE_URL)');
    const token = await logInOver(urlA, inspector);
    const me = await httpRequest(urlB, {
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { id: inspector.id, login: inspector.login } });

    const signedOut = await httpRequest(urlB, {
      method: 'POST',
      url: '/api/auth/logout',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(signedOut.statusCode).toBe(200);
    const after = await httpRequest(urlA, {
      method: 'GET',
      url: '/api/auth/me',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(after.statusCode).toBe(401);
  });

  it('brings a visit, its answers and photo pushed to one server to a tablet on the other, and back', async () => {
    // Signed in on A only: the tablet on B uses the same token.
    const token = await logInOver(urlA, inspector);
    const onA = deviceOver(urlA, token, inspector);
    const onB = deviceOver(urlB, token, inspector);

    const photo = jpegBytes();
    const hash = sha256(photo);
    const upload = await onA.blob('PUT', hash, photo);
    expect(upload.statusCode).toBe(200);
    expect(upload.json()).toMatchObject({ sha256: hash, size: photo.length, stored: true });

    const visit = newVisit(inspector, schoolId);
    const attachmentId = randomUUID();
    const pushed = await onA.change(
      createVisit(visit),
      answerPut(visit.id, 'internet', { value: 'yes', note: 'Wi-Fi', photos: [hash] }),
      answerPut(visit.id, 'pc', { value: 12 }),
      attachmentPut(visit, 'internet', { sha256: hash, length: photo.length }, attachmentId),
    );
    expect(pushed.results.map((r) => r.status)).toEqual([
      'applied',
      'applied',
      'applied',
      'applied',
    ]);
    const sentRecords = pushed.results.map((r) => r.record);

    // B serves what A stored: the same records, versions and all, and the photo's bytes.
    const fromB = latest(await onB.pull());
    for (const record of sentRecords) {
      expect(fromB.get(`${record?.collection}/${record?.id}`)).toEqual(record);
    }
    expect(fromB.get(`answers/${visit.id}:internet`)?.data).toMatchObject({
      answer: { value: 'yes', note: 'Wi-Fi', photos: [hash] },
    });
    const download = await onB.blob('GET', hash);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/jpeg');
    expect(download.rawPayload.equals(photo)).toBe(true);
    expect((await onB.blob('PUT', hash, photo)).json()).toMatchObject({ stored: false });

    // Edits made on B reach the tablet that syncs with A.
    await onA.pull();
    const internet = fromB.get(`answers/${visit.id}:internet`);
    const editedOnB = await onB.change(
      answerPut(
        visit.id,
        'internet',
        { value: 'partly' },
        { value: internet?.versions['answer.value'] ?? 0 },
      ),
      {
        op: 'put',
        collection: 'visits',
        id: visit.id,
        fields: { findings: 'Интернет только в учительской' },
        base: { findings: fromB.get(`visits/${visit.id}`)?.versions.findings ?? 0 },
      },
    );
    expect(editedOnB.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    const backOnA = latest(await onA.pull());
    expect(backOnA.get(`answers/${visit.id}:internet`)).toEqual(editedOnB.results[0]?.record);
    expect(backOnA.get(`answers/${visit.id}:internet`)?.data).toMatchObject({
      answer: { value: 'partly', note: 'Wi-Fi', photos: [hash] },
    });
    expect(backOnA.get(`visits/${visit.id}`)?.data).toMatchObject({
      findings: 'Интернет только в учительской',
    });
    expect(backOnA.get(`visits/${visit.id}`)).toEqual(editedOnB.results[1]?.record);
    expect([...backOnA.values()].filter((r) => r.collection === 'conflicts')).toEqual([]);
  });

  it('merges edits sent at the same moment through both servers, field by field', async () => {
    const token = await logInOver(urlB, inspector);
    const onA = deviceOver(urlA, token, inspector);
    const onB = deviceOver(urlB, token, inspector);
    const visit = newVisit(inspector, schoolId);
    const items = Array.from({ length: 10 }, (_, i) => `item-${i}`);
    await onA.change(
      createVisit(visit),
      ...items.map((item) => answerPut(visit.id, item, { value: 0, note: '' })),
    );
    const seen = latest(await onB.pull());
    const base = (item: string, field: string) =>
      seen.get(`answers/${visit.id}:${item}`)?.versions[`answer.${field}`] ?? 0;

    // Through A the value of every answer changes, through B its note: twenty tablets, all at once.
    const edit = (url: string, item: string, field: string, value: unknown) =>
      deviceOver(url, token, inspector).change(
        answerPut(visit.id, item, { [field]: value }, { [field]: base(item, field) }),
      );
    const responses = await Promise.all(
      items.flatMap((item, i) => [
        edit(urlA, item, 'value', i + 1),
        edit(urlB, item, 'note', `заметка ${i}`),
      ]),
    );
    expect(responses.map((r) => r.results[0]?.status)).toEqual(responses.map(() => 'applied'));
    const versions = responses.map((r) => r.results[0]?.record?.version);
    expect(new Set(versions).size).toBe(responses.length);

    // Both servers now give the same answers, each with both edits and no conflict.
    const fromA = await deviceOver(urlA, token, inspector).pull();
    const fromB = await deviceOver(urlB, token, inspector).pull();
    expect(fromA).toEqual(fromB);
    const final = latest(fromA);
    items.forEach((item, i) => {
      expect(final.get(`answers/${visit.id}:${item}`)?.data).toMatchObject({
        answer: { value: i + 1, note: `заметка ${i}` },
      });
    });
    expect(fromA.filter((r) => r.collection === 'conflicts')).toEqual([]);
  });
});

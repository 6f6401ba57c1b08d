import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/port.ts';
import type { User } from '../../src/shared/schemas/user.ts';
import {
  answerPut,
  attachmentPut,
  createVisit,
  latest,
  newVisit,
  TestDevice,
  transition,
} from '../fixtures/sync-client.ts';
import { testAppForThisFile } from '../fixtures/test-app.ts';
import { testDatabases } from '../fixtures/test-databases.ts';
import { addSchool, addUser } from '../fixtures/users.ts';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.each(testDatabases)('who pushes and pulls what, on $name', ({ open }) => {
  let db: Db;
  let app: FastifyInstance;
  let ownSchool: string;
  let otherSchool: string;
  let inspector: User;
  let inspectorDevice: TestDevice;
  let schoolDevice: TestDevice;
  let otherSchoolDevice: TestDevice;

  const server = testAppForThisFile(open);
  beforeAll(async () => {
    ({ db, app } = server);
    ownSchool = await addSchool(db);
    otherSchool = await addSchool(db);
    inspector = await addUser(db, 'inspector');
    inspectorDevice = await TestDevice.signIn(app, inspector);
    schoolDevice = await TestDevice.signIn(
      app,
      await addUser(db, 'school', { schoolId: ownSchool }),
    );
    otherSchoolDevice = await TestDevice.signIn(
      app,
      await addUser(db, 'school', { schoolId: otherSchool }),
    );
  });

  it('shows a school its self-audits and inspections of it only once completed', async () => {
    const inspection = newVisit(inspector, ownSchool);
    await inspectorDevice.change(
      createVisit(inspection),
      answerPut(inspection.id, 'internet', { value: 'no' }),
    );
    const selfAudit = newVisit(schoolDevice.user, ownSchool);
    await schoolDevice.change(createVisit(selfAudit), answerPut(selfAudit.id, 'pc', { value: 7 }));

    const before = latest(await schoolDevice.pull());
    expect(before.has(`visits/${selfAudit.id}`)).toBe(true);
    expect(before.has(`visits/${inspection.id}`)).toBe(false);

    await inspectorDevice.change(transition(inspection.id, 'completed'));
    // Written before the school's cursor, the inspection's records still reach it.
    const after = latest(await schoolDevice.pull());
    expect(after.get(`visits/${inspection.id}`)?.data).toMatchObject({ status: 'completed' });
    expect(after.get(`answers/${inspection.id}:internet`)?.data).toMatchObject({
      answer: { value: 'no' },
    });
  });

  it('never gives a school another school’s records, however the request is crafted', async () => {
    const theirs = newVisit(otherSchoolDevice.user, otherSchool);
    await otherSchoolDevice.change(
      createVisit(theirs),
      answerPut(theirs.id, 'pc', { value: 2 }),
      transition(theirs.id, 'completed'),
    );
    const inspectionThere = newVisit(inspector, otherSchool);
    await inspectorDevice.change(
      createVisit(inspectionThere),
      transition(inspectionThere.id, 'completed'),
    );

    const spy = await TestDevice.signIn(app, schoolDevice.user);
    const seen = await spy.pull(1);
    const visits = seen.filter((r) => r.collection === 'visits');
    expect(visits.length).toBeGreaterThan(0);
    expect(visits.every((r) => (r.data as { schoolId: string }).schoolId === ownSchool)).toBe(true);
    expect(seen.some((r) => r.id.startsWith(theirs.id) || r.id === inspectionThere.id)).toBe(false);

    // Writing into their visit, creating a visit for them, or an inspection: refused, nothing echoed.
    const forged = await spy.change(
      answerPut(theirs.id, 'pc', { value: 99 }, { value: 999 }),
      createVisit(newVisit(spy.user, otherSchool)),
      createVisit(newVisit(spy.user, ownSchool, { kind: 'inspection' })),
      { op: 'delete', collection: 'answers', id: `${theirs.id}:pc` },
    );
    expect(forged.results.map((r) => r.status)).toEqual([
      'rejected',
      'rejected',
      'rejected',
      'rejected',
    ]);
    expect(forged.results.every((r) => r.record === undefined)).toBe(true);
    const still = latest(await otherSchoolDevice.pull());
    expect(still.get(`answers/${theirs.id}:pc`)?.data).toMatchObject({ answer: { value: 2 } });
    expect(still.get(`answers/${theirs.id}:pc`)?.deleted).toBe(false);
  });

  it('lets only the district accept or return a completed visit', async () => {
    const visit = newVisit(inspector, ownSchool);
    await inspectorDevice.change(createVisit(visit), transition(visit.id, 'completed'));
    const own = await inspectorDevice.change(transition(visit.id, 'accepted'));
    expect(own.results[0]?.problem?.code).toBe('forbidden');
    const coordinator = await TestDevice.signIn(app, await addUser(db, 'coordinator'));
    const returned = await coordinator.change(transition(visit.id, 'returned', 'Нет фото стенда'));
    expect(returned.results[0]?.status).toBe('applied');
    const again = await coordinator.change(transition(visit.id, 'accepted'));
    expect(again.results[0]?.problem).toMatchObject({
      code: 'invalid_transition',
      details: { from: 'returned', to: 'accepted' },
    });
  });

  it('refuses a device id another person already syncs with', async () => {
    const stranger = await addUser(db, 'inspector');
    const borrowed = await TestDevice.signIn(app, stranger);
    Object.assign(borrowed, { clientId: inspectorDevice.clientId });
    const reply = await borrowed.pushRaw(
      borrowed.number([createVisit(newVisit(stranger, ownSchool))]),
    );
    expect(reply.statusCode).toBe(403);
    expect(reply.json()).toMatchObject({ code: 'forbidden' });
  });

  it('stores photos by their hash, refuses damaged ones, and shows them only to who sees the visit', async () => {
    const photo = Buffer.from(`jpeg bytes ${Math.random()}`);
    const hash = sha256(photo);
    expect((await inspectorDevice.blob('HEAD', hash)).statusCode).toBe(404);
    const damaged = await inspectorDevice.blob('PUT', hash, Buffer.from('other bytes'));
    expect(damaged.statusCode).toBe(422);
    expect(damaged.json()).toMatchObject({ code: 'hash_mismatch' });

    const stored = await inspectorDevice.blob('PUT', hash, photo);
    expect(stored.json()).toMatchObject({ sha256: hash, size: photo.length, stored: true });
    expect((await inspectorDevice.blob('PUT', hash, photo)).json()).toMatchObject({
      stored: false,
    });
    const head = await inspectorDevice.blob('HEAD', hash);
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-length']).toBe(String(photo.length));
    const got = await inspectorDevice.blob('GET', hash);
    expect(got.rawPayload.equals(photo)).toBe(true);
    expect(got.headers['content-type']).toBe('image/jpeg');

    // Attached to an inspection of the other school: that school sees it once completed, ours never.
    const visit = newVisit(inspector, otherSchool);
    await inspectorDevice.change(
      createVisit(visit),
      attachmentPut(visit, 'internet', { sha256: hash, length: photo.length }),
    );
    expect((await otherSchoolDevice.blob('GET', hash)).statusCode).toBe(404);
    await inspectorDevice.change(transition(visit.id, 'completed'));
    expect((await otherSchoolDevice.blob('GET', hash)).statusCode).toBe(200);
    expect((await schoolDevice.blob('GET', hash)).statusCode).toBe(404);
  });
});

import 'fake-indexeddb/auto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../src/client/db/app-database.ts';
import { loadAnswers, saveAnswer } from '../../src/client/db/answers-repository.ts';
import { completeVisit } from '../../src/client/db/completion-repository.ts';
import { openConflictsOf, resolveConflict } from '../../src/client/db/conflicts-repository.ts';
import { createVisit, updateVisitFields } from '../../src/client/db/visits-repository.ts';
import type { Db } from '../../src/server/db/port.ts';
import type { User } from '../../src/shared/schemas/user.ts';
import { renewEpoch } from '../../src/server/queries/server-meta.ts';
import { visitInput } from '../fixtures/device-database.ts';
import { backUpSync } from '../fixtures/sync-backup.ts';
import { closeDevice, signedInDevice, syncOver } from '../fixtures/synced-device.ts';
import { testAppForThisFile } from '../fixtures/test-app.ts';
import { testDatabases } from '../fixtures/test-databases.ts';
import { addSchool, addUser } from '../fixtures/users.ts';

/** The device side is what is tested here: one engine is enough. */
const pglite = testDatabases[0]!;

describe('two tablets of one inspector syncing through the server', () => {
  let db: Db;
  let app: FastifyInstance;
  let schoolId: string;
  let inspector: User;
  const devices: AppDatabase[] = [];

  const server = testAppForThisFile(pglite.open);
  beforeAll(async () => {
    ({ db, app } = server);
    schoolId = await addSchool(db);
    inspector = await addUser(db, 'inspector');
  });
  afterAll(async () => {
    for (const device of devices) await closeDevice(device);
  });

  async function tablet(): Promise<AppDatabase> {
    const device = await signedInDevice(app, inspector);
    devices.push(device);
    return device;
  }

  async function startedVisit(device: AppDatabase) {
    return createVisit(
      device,
      visitInput({ schoolId, authorId: inspector.id, checklistId: 'readiness' }),
      new Date(),
    );
  }

  /** A visit both tablets hold as a draft, then completed on the first (the second has not synced since). */
  async function completedOnFirstOnly() {
    const first = await tablet();
    const second = await tablet();
    const visit = await startedVisit(first);
    await syncOver(app, first);
    await syncOver(app, second);
    await completeVisit(first, visit.id, inspector.id, null, null, new Date());
    await syncOver(app, first);
    return { first, second, visit };
  }

  it('sends everything once, empties the outbox, and the other tablet receives it', async () => {
    const first = await tablet();
    const second = await tablet();
    const visit = await startedVisit(first);
    await saveAnswer(first, visit.id, 'internet', { value: 'yes', note: 'Wi-Fi' }, new Date());
    await updateVisitFields(first, visit.id, { findings: 'Кабинет информатики готов' }, new Date());

    const report = await syncOver(app, first);
    expect(report).toMatchObject({ rejected: 0 });
    expect(await first.outbox.count()).toBe(0);

    await syncOver(app, second);
    expect(await second.visits.get(visit.id)).toMatchObject({
      findings: 'Кабинет информатики готов',
      status: 'draft',
    });
    expect((await loadAnswers(second, visit.id)).items.internet).toEqual({
      value: 'yes',
      note: 'Wi-Fi',
    });
  });

  it('keeps a change whose answer was lost on the way, and sends it exactly once', async () => {
    const device = await tablet();
    const visit = await startedVisit(device);
    await saveAnswer(device, visit.id, 'internet', { value: 'no' }, new Date());
    // The server commits the push, but its answer never reaches the tablet.
    await expect(
      syncOver(app, device, (path) => (path === '/api/sync/push' ? 'drop-response' : 'none')),
    ).rejects.toMatchObject({ code: 'network_unavailable' });
    expect(await device.outbox.count()).toBeGreaterThan(0);

    await saveAnswer(device, visit.id, 'internet', { value: 'partly' }, new Date());
    await syncOver(app, device);
    expect(await device.outbox.count()).toBe(0);
    expect(await device.rejections.count()).toBe(0);
    const other = await tablet();
    await syncOver(app, other);
    expect((await loadAnswers(other, visit.id)).items.internet).toEqual({ value: 'partly' });
    expect(await other.conflicts.count()).toBe(0);
  });

  it('merges different answers, and shows a conflict for the same one on both tablets', async () => {
    const first = await tablet();
    const second = await tablet();
    const visit = await startedVisit(first);
    await saveAnswer(first, visit.id, 'internet', { value: 'yes' }, new Date());
    await syncOver(app, first);
    await syncOver(app, second);

    // Both offline: different answers, and the same answer differently.
    await saveAnswer(first, visit.id, 'pc_count', { value: 12 }, new Date());
    await saveAnswer(first, visit.id, 'internet', { value: 'no' }, new Date());
    await new Promise((resolve) => setTimeout(resolve, 5));
    await saveAnswer(second, visit.id, 'printer', { value: 'yes' }, new Date());
    await saveAnswer(second, visit.id, 'internet', { value: 'partly' }, new Date());

    await syncOver(app, second);
    await syncOver(app, first);
    await syncOver(app, second);

    const answersOnFirst = await loadAnswers(first, visit.id);
    const answersOnSecond = await loadAnswers(second, visit.id);
    expect(answersOnFirst).toEqual(answersOnSecond);
    expect(answersOnFirst.items).toMatchObject({
      pc_count: { value: 12 },
      printer: { value: 'yes' },
      internet: { value: 'partly' },
    });
    for (const device of [first, second]) {
      const conflicts = await device.conflicts.where('visitId').equals(visit.id).toArray();
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({
        field: 'answer.value',
        kept: { value: 'partly' },
        lost: { value: 'no' },
        resolution: null,
      });
    }

    // The first tablet's person chooses their own value back: it shows at once, offline.
    const [conflict] = await openConflictsOf(first, visit.id);
    expect(await resolveConflict(first, conflict!.id, 'lost', inspector.id, new Date())).toBe(
      'saved',
    );
    expect((await loadAnswers(first, visit.id)).items.internet).toEqual({ value: 'no' });
    expect(await openConflictsOf(first, visit.id)).toEqual([]);

    await syncOver(app, first);
    await syncOver(app, second);
    for (const device of [first, second]) {
      expect((await loadAnswers(device, visit.id)).items.internet).toEqual({ value: 'no' });
      expect(await openConflictsOf(device, visit.id)).toEqual([]);
      expect(await device.conflicts.get(conflict!.id)).toMatchObject({
        resolution: { keep: 'lost', by: inspector.id },
      });
      expect(await device.outbox.count()).toBe(0);
    }
  });

  it('shows a change the server refused, with the reason, and goes on', async () => {
    const { second, visit } = await completedOnFirstOnly();

    await saveAnswer(second, visit.id, 'internet', { value: 'no' }, new Date());
    const report = await syncOver(app, second);
    expect(report?.rejected).toBe(1);
    expect(await second.outbox.count()).toBe(0);
    const [rejection] = await second.rejections.toArray();
    expect(rejection).toMatchObject({
      visitId: visit.id,
      problem: { code: 'visit_closed' },
    });
    // The tablet now shows the visit as the server holds it: completed.
    expect((await second.visits.get(visit.id))?.status).toBe('completed');
  });

  it('keeps an answer the server refused to create only in the refusal, as the server does', async () => {
    const { second, visit } = await completedOnFirstOnly();

    await saveAnswer(second, visit.id, 'internet', { value: 'no' }, new Date());
    await syncOver(app, second);
    expect((await loadAnswers(second, visit.id)).items).toEqual({});
    const [rejection] = await second.rejections.toArray();
    expect(rejection?.mutation).toMatchObject({ itemKey: 'internet', answer: { value: 'no' } });
  });

  it('shows a refusal whose answer was lost on the way, once the change is sent again', async () => {
    const { second, visit } = await completedOnFirstOnly();

    await updateVisitFields(second, visit.id, { findings: 'Дописано' }, new Date());
    await expect(
      syncOver(app, second, (path) => (path === '/api/sync/push' ? 'drop-response' : 'none')),
    ).rejects.toMatchObject({ code: 'network_unavailable' });
    await syncOver(app, second);
    expect(await second.outbox.count()).toBe(0);
    expect(await second.rejections.toArray()).toMatchObject([
      { visitId: visit.id, problem: { code: 'visit_closed' }, mutation: { findings: 'Дописано' } },
    ]);
    expect(await second.visits.get(visit.id)).toMatchObject({ status: 'completed', findings: '' });
  });

  it('after a backup is restored, sends everything again, its completion too', async () => {
    const device = await tablet();
    const visit = await startedVisit(device);
    await saveAnswer(device, visit.id, 'internet', { value: 'yes' }, new Date());
    await syncOver(app, device);
    const backup = await backUpSync(db);
    await saveAnswer(device, visit.id, 'report_printer', { value: 'no' }, new Date());
    await completeVisit(device, visit.id, inspector.id, null, null, new Date());
    await syncOver(app, device);
    expect(await device.outbox.count()).toBe(0);

    // The server goes back to the backup: the visit is a draft there, without the printer answer.
    await backup.restore();
    await renewEpoch(db);
    const report = await syncOver(app, device);
    expect(await device.rejections.toArray()).toEqual([]);
    expect(report?.rejected).toBe(0);
    expect(await device.outbox.count()).toBe(0);
    expect((await device.visits.get(visit.id))?.status).toBe('completed');

    const newcomer = await tablet();
    await syncOver(app, newcomer);
    expect((await newcomer.visits.get(visit.id))?.status).toBe('completed');
    expect((await loadAnswers(newcomer, visit.id)).items).toMatchObject({
      internet: { value: 'yes' },
      report_printer: { value: 'no' },
    });
  });
});

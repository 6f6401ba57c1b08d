import 'fake-indexeddb/auto';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDatabase } from '../../src/client/db/app-database.ts';
import { saveAnswer } from '../../src/client/db/answers-repository.ts';
import { completeVisit } from '../../src/client/db/completion-repository.ts';
import { listPlans } from '../../src/client/db/plans-repository.ts';
import { peopleById } from '../../src/client/db/people-repository.ts';
import {
  acceptVisit,
  readReviewDraft,
  returnVisit,
  writeReviewDraft,
} from '../../src/client/db/review-repository.ts';
import { createVisit } from '../../src/client/db/visits-repository.ts';
import type { Db } from '../../src/server/db/port.ts';
import type { PlannedVisit } from '../../src/shared/schemas/plan.ts';
import type { User } from '../../src/shared/schemas/user.ts';
import { visitInput } from '../fixtures/device-database.ts';
import { closeDevice, signedInDevice, syncOver } from '../fixtures/synced-device.ts';
import { TestDevice } from '../fixtures/sync-client.ts';
import { testAppForThisFile } from '../fixtures/test-app.ts';
import { testDatabases } from '../fixtures/test-databases.ts';
import { addSchool, addUser } from '../fixtures/users.ts';

/** The device side is what is tested here: one engine is enough. */
const pglite = testDatabases[0]!;

describe('a planned visit carried out, returned with remarks, corrected and accepted', () => {
  let db: Db;
  let app: FastifyInstance;
  let schoolId: string;
  let inspector: User;
  let coordinator: User;
  const devices: AppDatabase[] = [];

  const server = testAppForThisFile(pglite.open);
  beforeAll(async () => {
    ({ db, app } = server);
    schoolId = await addSchool(db);
    inspector = await addUser(db, 'inspector');
    coordinator = await addUser(db, 'coordinator');
  });
  afterAll(async () => {
    for (const device of devices) await closeDevice(device);
  });

  async function device(user: User) {
    const opened = await signedInDevice(app, user);
    devices.push(opened);
    return opened;
  }

  it('asks for the plan at every sync, and for the checklists and names only hourly', async () => {
    const tablet = await device(inspector);
    const asked = async () => {
      const paths: string[] = [];
      await syncOver(app, tablet, (path) => {
        paths.push(path.split('?')[0] ?? path);
        return 'none';
      });
      return paths.filter((path) =>
        ['/api/plans', '/api/checklists', '/api/people'].includes(path),
      );
    };
    expect((await asked()).sort()).toEqual(['/api/checklists', '/api/people', '/api/plans']);
    expect(await asked()).toEqual(['/api/plans']);
  });

  it('goes from the plan to acceptance through both devices, nothing typed lost', async () => {
    const office = await TestDevice.signIn(app, coordinator);
    const reply = await office.call('POST', '/api/plans', {
      schoolId,
      checklistId: 'readiness',
      plannedOn: '2026-10-05',
      inspectorIds: [inspector.id],
    });
    const plan = reply.json<PlannedVisit>();

    const tablet = await device(inspector);
    await syncOver(app, tablet);
    expect((await listPlans(tablet)).map((p) => p.id)).toEqual([plan.id]);
    expect((await peopleById(tablet)).get(coordinator.id)?.fullName).toBe(coordinator.fullName);

    const visit = await createVisit(
      tablet,
      visitInput({ schoolId, authorId: inspector.id, planId: plan.id }),
      new Date(),
    );
    await saveAnswer(tablet, visit.id, 'classroom_internet', { value: 'no' }, new Date());
    await completeVisit(tablet, visit.id, inspector.id, null, null, new Date());
    expect(await syncOver(app, tablet)).toMatchObject({ rejected: 0 });

    const pc = await device(coordinator);
    await syncOver(app, pc);
    expect((await pc.visits.get(visit.id))?.status).toBe('completed');
    await writeReviewDraft(pc, visit.id, {
      note: 'Уточните доступ в интернет',
      comments: { classroom_internet: 'Кабинеты 2-го этажа подключены?', report_printer: '  ' },
    });
    expect(
      await returnVisit(
        pc,
        visit.id,
        coordinator.id,
        await readReviewDraft(pc, visit.id),
        new Date(),
      ),
    ).toBe('changed');
    expect((await readReviewDraft(pc, visit.id)).note).toBe('');
    expect(await syncOver(app, pc)).toMatchObject({ rejected: 0 });

    await syncOver(app, tablet);
    const returned = await tablet.visits.get(visit.id);
    expect(returned?.status).toBe('returned');
    expect(returned?.history.at(-1)).toMatchObject({
      by: coordinator.id,
      to: 'returned',
      note: 'Уточните доступ в интернет',
      comments: [{ itemKey: 'classroom_internet', text: 'Кабинеты 2-го этажа подключены?' }],
    });
    expect(
      await saveAnswer(tablet, visit.id, 'classroom_internet', { value: 'partly' }, new Date()),
    ).toBe('saved');
    await completeVisit(tablet, visit.id, inspector.id, null, null, new Date());
    await syncOver(app, tablet);

    await syncOver(app, pc);
    expect(await acceptVisit(pc, visit.id, coordinator.id, '', new Date())).toBe('changed');
    await syncOver(app, pc);
    await syncOver(app, tablet);
    expect((await tablet.visits.get(visit.id))?.status).toBe('accepted');
    const [onServer] = (await office.call('GET', '/api/plans'))
      .json<{ plans: PlannedVisit[] }>()
      .plans.filter((p) => p.id === plan.id);
    expect(onServer?.visit).toMatchObject({ id: visit.id, status: 'accepted' });
  });
});

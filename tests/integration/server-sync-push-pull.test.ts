import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/port.ts';
import { CLOCK_TOLERANCE_MS } from '../../src/server/services/sync/apply-mutation.ts';
import { conflictSchema } from '../../src/shared/schemas/conflict.ts';
import { parseHlc } from '../../src/shared/sync/hlc.ts';
import {
  answerPut,
  createVisit,
  latest,
  newVisit,
  TestDevice,
  transition,
} from '../fixtures/sync-client.ts';
import { testAppForThisFile } from '../fixtures/test-app.ts';
import { testDatabases } from '../fixtures/test-databases.ts';
import { addSchool, addUser } from '../fixtures/users.ts';

describe.each(testDatabases)('sync push and pull on $name', ({ open }) => {
  let db: Db;
  let app: FastifyInstance;
  let schoolId: string;

  const server = testAppForThisFile(open);
  beforeAll(async () => {
    ({ db, app } = server);
    schoolId = await addSchool(db);
  });

  async function inspectorDevice(clockOffsetMs = 0) {
    return TestDevice.signIn(app, await addUser(db, 'inspector'), clockOffsetMs);
  }

  it('stores a visit and its answers once, and another device pulls them', async () => {
    const tablet = await inspectorDevice();
    const visit = newVisit(tablet.user, schoolId);
    const first = await tablet.change(
      createVisit(visit),
      answerPut(visit.id, 'internet', { value: 'yes', note: 'Wi-Fi в учительской' }),
    );
    expect(first.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(first.lastMid).toBe(2);
    const written = first.results[1]?.versions?.['answer.value'];
    expect(written).toBeGreaterThan(0);

    const pulled = latest(await tablet.pull());
    expect(pulled.get(`visits/${visit.id}`)?.data).toMatchObject({ id: visit.id, status: 'draft' });
    const answer = pulled.get(`answers/${visit.id}:internet`);
    expect(answer?.data).toMatchObject({ answer: { value: 'yes', note: 'Wi-Fi в учительской' } });
    expect(answer?.versions['answer.value']).toBe(written);
  });

  it('acknowledges a resent push without applying it twice', async () => {
    const tablet = await inspectorDevice();
    const visit = newVisit(tablet.user, schoolId);
    const mutations = tablet.number([createVisit(visit), answerPut(visit.id, 'pc', { value: 3 })]);
    const first = await tablet.push(mutations);
    const again = await tablet.push(mutations);
    expect(again.results.map((r) => r.status)).toEqual(['duplicate', 'duplicate']);
    expect(again.lastMid).toBe(2);
    // The record comes back as the server holds it, its version unchanged by the resend.
    expect(again.results[1]?.record?.version).toBe(first.results[1]?.record?.version);
    const next = await tablet.change(answerPut(visit.id, 'pc', { value: 4 }, { value: 0 }));
    expect(next.results[0]?.status).toBe('applied');
  });

  it('refuses a gap in a device’s mutations, saying which one it expects', async () => {
    const tablet = await inspectorDevice();
    const visit = newVisit(tablet.user, schoolId);
    await tablet.change(createVisit(visit));
    tablet.nextMid = 5;
    const reply = await tablet.pushRaw(tablet.number([answerPut(visit.id, 'pc', { value: 1 })]));
    expect(reply.statusCode).toBe(409);
    expect(reply.json()).toMatchObject({ code: 'sync_gap', details: { expected: 2, received: 5 } });
  });

  it('keeps both values of one answer changed on two tablets, the later one winning', async () => {
    const user = await addUser(db, 'inspector');
    const first = await TestDevice.signIn(app, user);
    const second = await TestDevice.signIn(app, user);
    const visit = newVisit(user, schoolId);
    await first.change(createVisit(visit), answerPut(visit.id, 'internet', { value: 'yes' }));
    const seen = latest(await second.pull()).get(`answers/${visit.id}:internet`);
    const base = { value: seen?.versions['answer.value'] ?? 0 };

    // Offline, both change it; the second tablet's edit is later, and its note is no conflict.
    const early = answerPut(visit.id, 'internet', { value: 'no' }, base);
    const earlyNumbered = first.number([early]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const lateNumbered = second.number([
      answerPut(visit.id, 'internet', { value: 'partly', note: 'только 2 этаж' }, base),
    ]);
    await second.push(lateNumbered);
    const lost = await first.push(earlyNumbered);

    expect(lost.results[0]?.status).toBe('applied');
    expect(lost.results[0]?.record?.data).toMatchObject({
      answer: { value: 'partly', note: 'только 2 этаж' },
    });
    const records = await first.pull();
    const conflicts = records.filter((r) => r.collection === 'conflicts');
    expect(conflicts).toHaveLength(1);
    const conflict = conflictSchema.parse(conflicts[0]?.data);
    expect(conflict).toMatchObject({
      visitId: visit.id,
      collection: 'answers',
      recordId: `${visit.id}:internet`,
      field: 'answer.value',
      kept: { value: 'partly', userId: user.id },
      lost: { value: 'no', userId: user.id },
      resolution: null,
    });

    // The person picks the value that lost: it comes back, and the conflict is closed.
    const chosen = await first.change({ op: 'resolve', conflictId: conflict.id, keep: 'lost' });
    expect(chosen.results[0]?.record?.data).toMatchObject({
      resolution: { keep: 'lost', by: user.id },
    });
    const after = latest(await second.pull());
    expect(after.get(`answers/${visit.id}:internet`)?.data).toMatchObject({
      answer: { value: 'no', note: 'только 2 этаж' },
    });
    expect(after.get(`conflicts/${conflict.id}`)?.data).toMatchObject({
      resolution: { keep: 'lost' },
    });
  });

  it('holds back a clock running days ahead, and keeps the other value too', async () => {
    const user = await addUser(db, 'inspector');
    const ahead = await TestDevice.signIn(app, user, 3 * 24 * 3600 * 1000);
    const honest = await TestDevice.signIn(app, user);
    const visit = newVisit(user, schoolId);
    await honest.change(createVisit(visit), answerPut(visit.id, 'pc', { value: 1 }));
    const seen = latest(await ahead.pull()).get(`answers/${visit.id}:pc`);
    const base = { value: seen?.versions['answer.value'] ?? 0 };
    await ahead.change(answerPut(visit.id, 'pc', { value: 2 }, base));
    await honest.change(answerPut(visit.id, 'pc', { value: 3 }, base));

    const conflicts = (await honest.pull()).filter((r) => r.collection === 'conflicts');
    expect(conflicts).toHaveLength(1);
    const { kept, lost } = conflictSchema.parse(conflicts[0]?.data);
    expect([kept.value, lost.value].sort()).toEqual([2, 3]);
    const fromAhead = kept.clientId === ahead.clientId ? kept : lost;
    // Stored at the server's time plus a minute at most, not three days ahead.
    expect(parseHlc(fromAhead.hlc)?.wall).toBeLessThanOrEqual(Date.now() + CLOCK_TOLERANCE_MS);
  });

  it('records a refused change and goes on with the next one', async () => {
    const tablet = await inspectorDevice();
    const visit = newVisit(tablet.user, schoolId);
    await tablet.change(createVisit(visit), transition(visit.id, 'completed'));
    const response = await tablet.change(
      answerPut(visit.id, 'pc', { value: 5 }),
      transition(visit.id, 'accepted'),
      transition(visit.id, 'draft', 'Исправить ответ'),
      answerPut(visit.id, 'pc', { value: 5 }),
    );
    expect(response.results.map((r) => r.status)).toEqual([
      'rejected',
      'rejected',
      'applied',
      'applied',
    ]);
    expect(response.results[0]?.problem).toMatchObject({
      code: 'visit_closed',
      message: 'Посещение уже завершено: изменения в нём не принимаются.',
    });
    expect(response.results[1]?.problem?.code).toBe('forbidden');
    expect(response.lastMid).toBe(6);
    const stored = latest(await tablet.pull()).get(`visits/${visit.id}`);
    const history = (stored?.data as { history: { from: string; to: string; by: string }[] })
      .history;
    expect(history.map((h) => `${h.from}→${h.to}`)).toEqual(['draft→completed', 'completed→draft']);
    expect(history[1]?.by).toBe(tablet.user.id);
  });

  it('answers a refused change sent again with its refusal, and records it once', async () => {
    const tablet = await inspectorDevice();
    const visit = newVisit(tablet.user, schoolId);
    await tablet.change(createVisit(visit), transition(visit.id, 'completed'));
    const sent = tablet.number([
      answerPut(visit.id, 'pc', { value: 5 }),
      transition(visit.id, 'draft', 'Исправить ответ'),
    ]);
    const first = await tablet.push(sent);
    // Its answer was lost on the way: the device sends the same push again.
    const again = await tablet.push(sent);
    expect(first.results.map((r) => r.status)).toEqual(['rejected', 'applied']);
    expect(again.results.map((r) => r.status)).toEqual(['rejected', 'duplicate']);
    expect(again.results[0]?.problem).toEqual(first.results[0]?.problem);
    const recorded = await db.query<{ mid: string | number }>(
      'SELECT mid FROM sync_rejections WHERE client_id = $1',
      [tablet.clientId],
    );
    expect(recorded.map((row) => Number(row.mid))).toEqual([3]);
    // Not applied now that the visit is a draft again: the refusal stands.
    const stored = latest(await tablet.pull()).get(`answers/${visit.id}:pc`);
    expect(stored).toBeUndefined();
  });

  it('takes a closed visit sent again unchanged, and refuses it changed', async () => {
    const tablet = await inspectorDevice();
    const visit = newVisit(tablet.user, schoolId);
    await tablet.change(createVisit(visit), answerPut(visit.id, 'pc', { value: 4 }));
    await tablet.change(transition(visit.id, 'completed'));
    // A device starting over sends everything it holds, whole.
    const response = await tablet.change(
      createVisit(visit),
      answerPut(visit.id, 'pc', { value: 4 }),
      createVisit({ ...visit, findings: 'Дописано после завершения' }),
    );
    expect(response.results.map((r) => r.status)).toEqual(['applied', 'applied', 'rejected']);
    expect(response.results[2]?.problem?.code).toBe('visit_closed');
    const stored = latest(await tablet.pull()).get(`visits/${visit.id}`);
    expect(stored?.data).toMatchObject({ status: 'completed', findings: '' });
  });

  it('deletes a row of a table together with its answers', async () => {
    const tablet = await inspectorDevice();
    const visit = newVisit(tablet.user, schoolId, { checklistId: 'ict-competence' });
    const rowId = crypto.randomUUID();
    await tablet.change(
      createVisit(visit),
      {
        op: 'put',
        collection: 'rows',
        id: rowId,
        fields: {
          id: rowId,
          visitId: visit.id,
          group: 'staff',
          position: 1,
          createdAt: visit.createdAt,
        },
        base: {},
      },
      answerPut(visit.id, `staff/${rowId}/name`, { value: 'Иванова А. А.' }),
      answerPut(visit.id, 'school-wide', { value: 'yes' }),
    );
    await tablet.change({ op: 'delete', collection: 'rows', id: rowId });
    const records = latest(await tablet.pull());
    expect(records.get(`rows/${rowId}`)?.deleted).toBe(true);
    expect(records.get(`answers/${visit.id}:staff/${rowId}/name`)?.deleted).toBe(true);
    expect(records.get(`answers/${visit.id}:school-wide`)?.deleted).toBe(false);
  });

  it('tells a device that the server was restored from a backup', async () => {
    const tablet = await inspectorDevice();
    tablet.epoch = 'an-epoch-of-another-server';
    const reply = await tablet.pushRaw(
      tablet.number([createVisit(newVisit(tablet.user, schoolId))]),
    );
    expect(reply.statusCode).toBe(409);
    expect(reply.json()).toMatchObject({ code: 'epoch_changed' });
  });
});

// Many devices pushing at once to one PostgreSQL database, through one app
// whose pool has 30 connections: pushes really overlap in the database, and a
// coordinator pulls page by page all the while.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../src/server/db/migrate.ts';
import type { Db } from '../../src/server/db/port.ts';
import { openPostgresDb } from '../../src/server/db/postgres-db.ts';
import { conflictSchema } from '../../src/shared/schemas/conflict.ts';
import type { Mutation, PushResponse, SyncRecord } from '../../src/shared/schemas/sync.ts';
import type { User } from '../../src/shared/schemas/user.ts';
import { compareHlc } from '../../src/shared/sync/hlc.ts';
import {
  answerPut,
  createVisit,
  latest,
  newVisit,
  TestDevice,
  type Change,
} from '../fixtures/sync-client.ts';
import { namedConnections, untilDisconnected } from '../fixtures/postgres-connections.ts';
import { startTestApp } from '../fixtures/test-app.ts';
import { openFreshPostgres, postgresAvailable } from '../fixtures/test-databases.ts';
import { addSchool, addUser } from '../fixtures/users.ts';

const DEVICES = 20;
const BATCHES = 5;
const ANSWERS_PER_DEVICE = 8;
const PULL_PAGE = 7;

const valueOf = (device: number, batch: number) => `d${device}-b${batch}`;
const itemOf = (device: number, answer: number) => `d${device}-k${answer}`;
const answerValue = (record: SyncRecord | undefined) =>
  (record?.data as { answer?: { value?: unknown } } | undefined)?.answer?.value;

/** The value of one answer a device has pushed, and the version its last write got. */
interface Written {
  visitId: string;
  itemKey: string;
  value: string;
  version: number;
  deleted: boolean;
}

describe.skipIf(!postgresAvailable)('sync under concurrent pushes on PostgreSQL', () => {
  /** Seeds the database, and drops it when closed. */
  let db: Db;
  /** What the app serves from: a pool of its own, of more connections than there are devices. */
  let appDb: Db;
  let app: FastifyInstance;
  let schoolId: string;
  let inspector: User;
  const APP_POOL = 'concurrency-test-app';

  beforeAll(async () => {
    let url: string;
    ({ db, url } = await openFreshPostgres());
    await migrate(db);
    appDb = openPostgresDb(namedConnections(url, APP_POOL), 30);
    ({ app } = await startTestApp(appDb, { env: { LOGIN_RATE_LIMIT: '10000' } }));
    schoolId = await addSchool(db);
    inspector = await addUser(db, 'inspector');
  });
  afterAll(async () => {
    await app.close();
    await appDb.close();
    await untilDisconnected(db, APP_POOL);
    await db.close();
  });

  /**
   * Ten tablets of one inspector and ten coordinators: everyone may record
   * in the inspector's visits.
   */
  async function sharedVisitDevices(count: number): Promise<TestDevice[]> {
    const devices: TestDevice[] = [];
    for (let i = 0; i < count; i += 1) {
      const user = i < count / 2 ? inspector : await addUser(db, 'coordinator');
      devices.push(await TestDevice.signIn(app, user));
    }
    return devices;
  }

  it('applies every push of twenty devices, and a pull running alongside misses nothing', async () => {
    // Devices 0–9: tablets of one inspector; 10–14: coordinators (all in the shared visit);
    // 15–19: inspectors of their own, each in a visit of their own.
    const devices: TestDevice[] = [];
    for (let i = 0; i < DEVICES; i += 1) {
      const user = i < 10 ? inspector : await addUser(db, i < 15 ? 'coordinator' : 'inspector');
      devices.push(await TestDevice.signIn(app, user));
    }
    const shared = newVisit(inspector, schoolId);
    await devices[0]!.change(createVisit(shared));
    const ownVisits = new Map(
      devices.slice(15).map((device) => [device, newVisit(device.user, schoolId)] as const),
    );

    const written = new Map<string, Written>();
    const pushVersions: number[][] = devices.map(() => []);

    async function run(device: TestDevice, index: number): Promise<void> {
      const own = ownVisits.get(device);
      const visitId = own?.id ?? shared.id;
      for (let batch = 0; batch < BATCHES; batch += 1) {
        const last = batch === BATCHES - 1;
        const changes: Change[] = [];
        if (own && batch === 0) changes.push(createVisit(own));
        for (let k = 0; k < ANSWERS_PER_DEVICE; k += 1) {
          const id = `${visitId}:${itemOf(index, k)}`;
          if (last && k === 0) {
            changes.push({ op: 'delete', collection: 'answers', id });
            continue;
          }
          const base = written.get(id)?.version ?? 0;
          changes.push(
            answerPut(visitId, itemOf(index, k), { value: valueOf(index, batch) }, { value: base }),
          );
        }
        const response = await device.change(...changes);
        expect(response.results.map((r) => r.status)).toEqual(changes.map(() => 'applied'));
        expect(response.lastMid).toBe(device.nextMid - 1);
        const version = response.results.at(-1)?.record?.version ?? -1;
        pushVersions[index]!.push(version);
        for (let k = 0; k < ANSWERS_PER_DEVICE; k += 1) {
          const id = `${visitId}:${itemOf(index, k)}`;
          const before = written.get(id);
          written.set(id, {
            visitId,
            itemKey: itemOf(index, k),
            value: last && k === 0 ? (before?.value ?? '') : valueOf(index, batch),
            version,
            deleted: last && k === 0,
          });
        }
      }
    }

    // The coordinator's tablet pulls small pages, over and over, while the pushes go on.
    const looping = await TestDevice.signIn(app, await addUser(db, 'coordinator'));
    const seen: SyncRecord[] = [];
    const pushes = { running: true };
    let sweepsDuringPushes = 0;
    const puller = (async () => {
      while (pushes.running) {
        seen.push(...(await looping.pull(PULL_PAGE)));
        sweepsDuringPushes += 1;
      }
    })();
    try {
      await Promise.all(devices.map((device, index) => run(device, index)));
    } finally {
      pushes.running = false;
      await puller;
    }
    const seenDuringPushes = seen.length;
    seen.push(...(await looping.pull(PULL_PAGE)));

    // Each device's pushes got ever larger versions, and no two pushes shared one.
    for (const versions of pushVersions) {
      expect(versions).toHaveLength(BATCHES);
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
    }
    const allVersions = pushVersions.flat();
    expect(new Set(allVersions).size).toBe(allVersions.length);

    // A new device pulling everything gets every record exactly once, with its last value.
    const fresh = await TestDevice.signIn(app, await addUser(db, 'coordinator'));
    const everything = await fresh.pull();
    const keys = everything.map((r) => `${r.collection}/${r.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(everything.filter((r) => r.collection === 'conflicts')).toEqual([]);
    const byKey = latest(everything);
    expect(byKey.size).toBe(1 + ownVisits.size + DEVICES * ANSWERS_PER_DEVICE);
    for (const visit of [shared, ...ownVisits.values()]) {
      expect(byKey.get(`visits/${visit.id}`)?.data).toMatchObject({ id: visit.id });
    }
    for (const [id, expected] of written) {
      const record = byKey.get(`answers/${id}`);
      expect(record, id).toBeDefined();
      expect(record?.deleted, id).toBe(expected.deleted);
      expect(record?.version, id).toBe(expected.version);
      expect(answerValue(record), id).toBe(expected.value);
      if (!expected.deleted) expect(record?.versions['answer.value'], id).toBe(expected.version);
    }
    expect(written.size).toBe(DEVICES * ANSWERS_PER_DEVICE);

    // The looping pull really ran alongside the pushes and saw some of them.
    expect(sweepsDuringPushes).toBeGreaterThan(1);
    expect(seenDuringPushes).toBeGreaterThan(0);
    // Page after page, versions never went back: they follow commit order.
    const versionsSeen = seen.map((r) => r.version);
    expect(versionsSeen).toEqual([...versionsSeen].sort((a, b) => a - b));
    // What it put together along the way is exactly what a full pull gives now.
    expect(latest(seen)).toEqual(byKey);
  });

  /**
   * What the server must make of concurrent edits of one field, replayed in
   * commit order by the merge rules (src/shared/sync/merge-fields.ts): a write
   * whose device also wrote the current value goes through; any other write
   * over a value it never saw is a conflict, the later clock winning.
   */
  function replay(
    start: { clientId: string; hlc: string; value: unknown } | null,
    edits: { clientId: string; hlc: string; value: unknown }[],
  ) {
    let holder = start;
    const conflicts: { kept: [string, unknown]; lost: [string, unknown] }[] = [];
    for (const edit of edits) {
      if (!holder || holder.clientId === edit.clientId) {
        holder = edit;
        continue;
      }
      const later = compareHlc(edit.hlc, holder.hlc) > 0;
      const [kept, lost] = later ? [edit, holder] : [holder, edit];
      conflicts.push({ kept: [kept.clientId, kept.value], lost: [lost.clientId, lost.value] });
      if (later) holder = edit;
    }
    return { final: holder?.value, conflicts };
  }

  const describeConflict = (c: { kept: [string, unknown]; lost: [string, unknown] }) =>
    `${c.kept.join('=')} over ${c.lost.join('=')}`;

  async function pushAllAtOnce(devices: TestDevice[], changeOf: (i: number) => Change) {
    const numbered: Mutation[] = devices.map((device, i) => device.number([changeOf(i)])[0]!);
    const responses: PushResponse[] = await Promise.all(
      devices.map((device, i) => device.push([numbered[i]!])),
    );
    for (const response of responses) {
      expect(response.results.map((r) => r.status)).toEqual(['applied']);
    }
    // Commit order: each push took its version last, just before committing.
    const order = responses
      .map((response, i) => ({ i, version: response.results[0]?.record?.version ?? -1 }))
      .sort((a, b) => a.version - b.version);
    expect(new Set(order.map((o) => o.version)).size).toBe(devices.length);
    const edits = order.map(({ i }) => ({
      clientId: devices[i]!.clientId,
      hlc: numbered[i]!.hlc,
      value: `from device ${i}`,
    }));
    return { edits, firstIndex: order[0]?.i };
  }

  async function conflictsOf(reader: TestDevice, recordId: string) {
    const records = latest(await reader.pull());
    const conflicts = [...records.values()]
      .filter((r) => r.collection === 'conflicts')
      .map((r) => conflictSchema.parse(r.data))
      .filter((c) => c.recordId === recordId);
    return { answer: records.get(`answers/${recordId}`), conflicts };
  }

  it('keeps every losing value when twenty devices change one answer at once over an old base', async () => {
    const devices = await sharedVisitDevices(DEVICES);
    const creator = devices[0]!;
    const visit = newVisit(inspector, schoolId);
    const created = creator.number([
      createVisit(visit),
      answerPut(visit.id, 'internet', { value: 'initial' }),
    ]);
    await creator.push(created);
    const recordId = `${visit.id}:internet`;

    // Every device changes the value as if it had never seen the first one (base 0).
    const { edits, firstIndex } = await pushAllAtOnce(devices, (i) =>
      answerPut(visit.id, 'internet', { value: `from device ${i}` }, { value: 0 }),
    );

    const expected = replay(
      { clientId: creator.clientId, hlc: created[1]!.hlc, value: 'initial' },
      edits,
    );
    // The creator's own edit is no conflict only if it came before everyone else's.
    expect(expected.conflicts).toHaveLength(firstIndex === 0 ? DEVICES - 1 : DEVICES);
    const { answer, conflicts } = await conflictsOf(creator, recordId);
    expect(conflicts).toHaveLength(expected.conflicts.length);
    const got = conflicts.map((c) =>
      describeConflict({
        kept: [c.kept.clientId, c.kept.value],
        lost: [c.lost.clientId, c.lost.value],
      }),
    );
    expect(got.sort()).toEqual(expected.conflicts.map(describeConflict).sort());
    expect(conflicts.every((c) => c.field === 'answer.value' && c.resolution === null)).toBe(true);
    // The value with the latest clock stands.
    expect(answerValue(answer)).toBe(expected.final);
    const latestEdit = [...edits].sort((a, b) => compareHlc(a.hlc, b.hlc)).at(-1);
    expect(answerValue(answer)).toBe(latestEdit?.value);
  });

  it('creates an answer once when twenty devices create it at the same moment, the rest as conflicts', async () => {
    const devices = await sharedVisitDevices(DEVICES);
    const visit = newVisit(inspector, schoolId);
    await devices[0]!.change(createVisit(visit));
    const recordId = `${visit.id}:pc`;

    const { edits } = await pushAllAtOnce(devices, (i) =>
      answerPut(visit.id, 'pc', { value: `from device ${i}` }),
    );

    // The first to commit creates it; each of the other nineteen meets a value it never saw.
    const expected = replay(null, edits);
    expect(expected.conflicts).toHaveLength(DEVICES - 1);
    const { answer, conflicts } = await conflictsOf(devices[0]!, recordId);
    expect(conflicts).toHaveLength(DEVICES - 1);
    const got = conflicts.map((c) =>
      describeConflict({
        kept: [c.kept.clientId, c.kept.value],
        lost: [c.lost.clientId, c.lost.value],
      }),
    );
    expect(got.sort()).toEqual(expected.conflicts.map(describeConflict).sort());
    expect(answerValue(answer)).toBe(expected.final);
    expect(answer?.deleted).toBe(false);
  });
});

import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../src/client/db/app-database.ts';
import { CURRENT_SCHEMA_VERSION, schemaVersions } from '../../src/client/db/schema-versions.ts';
import { listSchools } from '../../src/client/db/schools-repository.ts';
import { readSession } from '../../src/client/db/session-repository.ts';
import { readLanguage } from '../../src/client/db/settings-repository.ts';
import { visitSchema } from '../../src/shared/schemas/visit.ts';
import { schoolRow, userRow } from '../fixtures/client-rows.ts';

let names = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await Promise.all(Array.from({ length: names }, (_, i) => Dexie.delete(`upgrade-test-${i}`)));
});

/** A database exactly as the given earlier version of the app left it. */
async function databaseAtVersion(
  version: number,
  fill: (db: Dexie) => Promise<void>,
): Promise<string> {
  const name = `upgrade-test-${names++}`;
  const old = new Dexie(name);
  for (const v of schemaVersions.filter((s) => s.version <= version))
    old.version(v.version).stores(v.stores);
  await old.open();
  await fill(old);
  old.close();
  return name;
}

describe('upgrading the device database', () => {
  it('keeps a v1 session, directory and settings intact in the current version', async () => {
    const user = userRow({ fullName: 'Петренко Иван Олегович' });
    const schools = [schoolRow({ shortName: 'Б-школа' }), schoolRow({ shortName: 'А-школа' })];
    const name = await databaseAtVersion(1, async (db) => {
      await db.table('session').put({
        key: 'current',
        token: 'tok-123',
        expiresAt: '2026-12-22T09:00:00.000Z',
        signedInAt: '2026-11-22T09:00:00.000Z',
        user,
      });
      await db.table('schools').bulkPut(schools);
      await db.table('settings').put({ key: 'language', value: 'en' });
    });

    const db = openAppDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await readSession(db)).toEqual({
      token: 'tok-123',
      expiresAt: '2026-12-22T09:00:00.000Z',
      signedInAt: '2026-11-22T09:00:00.000Z',
      user,
      needsSignIn: false,
    });
    expect(await db.users.get(user.id)).toEqual(user);
    expect((await listSchools(db)).map((s) => s.shortName)).toEqual(['А-школа', 'Б-школа']);
    expect(await readLanguage(db)).toBe('en');
    expect(await db.outbox.count()).toBe(0);
  });

  it('drops a damaged v1 session (a new sign-in) but upgrades and keeps everything else', async () => {
    const name = await databaseAtVersion(1, async (db) => {
      await db.table('session').put({ key: 'current', token: 't', user: { login: 'no-id' } });
      await db.table('schools').put(schoolRow({ shortName: 'Уцелевшая' }));
    });
    const db = openAppDatabase(name);
    opened.push(db);
    expect(await readSession(db)).toBeUndefined();
    expect(await db.session.count()).toBe(0);
    expect((await listSchools(db)).map((s) => s.shortName)).toEqual(['Уцелевшая']);
  });

  it('keeps a v2 directory, outbox and settings through the v3 upgrade', async () => {
    const name = await databaseAtVersion(2, async (db) => {
      await db
        .table('schools')
        .bulkPut([schoolRow({ shortName: 'А' }), schoolRow({ shortName: 'Б' })]);
      await db.table('settings').put({ key: 'nextMutationId', value: 8 });
      await db.table('outbox').add({
        mutationId: 7,
        table: 'answers',
        entityId: 'v:a',
        op: 'put',
        payload: { value: 'yes' },
        createdAt: '2026-11-22T09:00:00.000Z',
      });
    });
    const db = openAppDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect((await listSchools(db)).map((s) => s.shortName)).toEqual(['А', 'Б']);
    expect((await db.outbox.toArray()).map((row) => row.mutationId)).toEqual([7]);
    expect(await db.settings.get('nextMutationId')).toEqual({ key: 'nextMutationId', value: 8 });
    expect(await db.visits.count()).toBe(0);
  });

  it('upgrades a v1 database that never had a session', async () => {
    const name = await databaseAtVersion(1, async (db) => {
      await db.table('schools').put(schoolRow());
    });
    const db = openAppDatabase(name);
    opened.push(db);
    expect(await readSession(db)).toBeUndefined();
    expect(await db.schools.count()).toBe(1);
  });

  it('gives v4 visits an empty plan link and their status changes empty remarks, keeping the rest', async () => {
    const at = '2026-11-20T08:00:00.000Z';
    const author = '0193f1e2-bbbb-7bbb-8ccc-123456789abc';
    const v4visit = {
      id: '0193f1e2-cccc-7bbb-8ccc-123456789abc',
      schoolId: '0193f1e2-aaaa-7bbb-8ccc-123456789abc',
      checklistId: 'readiness',
      checklistVersion: 1,
      kind: 'inspection',
      date: '2026-11-20',
      commission: ['Петренко И. О.'],
      authorId: author,
      status: 'completed',
      findings: 'Нет графика доступа к компьютерам',
      recommendations: '',
      acknowledgement: null,
      history: [
        { at, by: author, from: null, to: 'draft', note: '' },
        { at, by: author, from: 'draft', to: 'completed', note: '' },
      ],
      createdAt: at,
      updatedAt: at,
    };
    const name = await databaseAtVersion(4, async (db) => {
      await db.table('visits').put(v4visit);
    });

    const db = openAppDatabase(name);
    opened.push(db);
    const upgraded = await db.visits.get(v4visit.id);
    expect(upgraded).toEqual({
      ...v4visit,
      planId: null,
      history: v4visit.history.map((change) => ({ ...change, comments: [] })),
    });
    expect(visitSchema.safeParse(upgraded).success).toBe(true);
    expect(await db.visits.where('planId').equals('none').count()).toBe(0);
  });

  it('declares every version in order, each a new number', () => {
    const versions = schemaVersions.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.at(-1)).toBe(CURRENT_SCHEMA_VERSION);
  });
});

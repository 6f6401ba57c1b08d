import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openAppDatabase, type AppDatabase } from '../../src/client/db/app-database.ts';
import { countUnsent } from '../../src/client/db/outbox-repository.ts';
import {
  directoryRefreshedAt,
  listSchools,
  replaceSchools,
} from '../../src/client/db/schools-repository.ts';
import {
  readSession,
  saveSession,
  signOutLocally,
} from '../../src/client/db/session-repository.ts';
import { schoolRow, userRow } from '../fixtures/client-rows.ts';

let db: AppDatabase;
let n = 0;
beforeEach(async () => {
  db = openAppDatabase(`repositories-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const session = { token: 'token-abc', expiresAt: '2026-12-22T09:00:00.000Z', user: userRow() };

describe('the session on the device', () => {
  it('is kept and read back, so that the app opens offline', async () => {
    await saveSession(db, session, new Date('2026-11-22T09:00:00Z'));
    expect(await readSession(db)).toEqual({ ...session, signedInAt: '2026-11-22T09:00:00.000Z' });
  });

  it('is not forgotten while the outbox holds unsent changes, and says how many', async () => {
    await saveSession(db, session, new Date());
    await db.outbox.bulkAdd([
      {
        mutationId: 1,
        table: 'answers',
        entityId: 'a',
        op: 'put',
        payload: { value: 'yes' },
        createdAt: '2026-11-22T09:00:00.000Z',
      },
      {
        mutationId: 2,
        table: 'answers',
        entityId: 'b',
        op: 'put',
        payload: { value: 'no' },
        createdAt: '2026-11-22T09:01:00.000Z',
      },
    ]);
    expect(await signOutLocally(db)).toEqual({ ok: false, unsent: 2 });
    expect(await readSession(db)).toBeDefined();
    expect(await countUnsent(db)).toBe(2);

    await db.outbox.clear();
    expect(await signOutLocally(db)).toEqual({ ok: true });
    expect(await readSession(db)).toBeUndefined();
  });
});

describe('the directory on the device', () => {
  it('is replaced whole by what the server sent, with the time of the refresh', async () => {
    await replaceSchools(
      db,
      [schoolRow({ shortName: 'Старая' })],
      new Date('2026-11-01T08:00:00Z'),
    );
    await replaceSchools(
      db,
      ['Школа № 12', 'Ясная', 'Ёлочка', 'Школа № 3', 'Берёзовая'].map((shortName) =>
        schoolRow({ shortName }),
      ),
      new Date('2026-11-22T08:00:00Z'),
    );
    expect((await listSchools(db)).map((s) => s.shortName)).toEqual([
      'Берёзовая',
      'Ёлочка',
      'Школа № 3',
      'Школа № 12',
      'Ясная',
    ]);
    expect(await directoryRefreshedAt(db)).toBe('2026-11-22T08:00:00.000Z');
  });
});

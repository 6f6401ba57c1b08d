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
  markSignInNeeded,
  readSession,
  signIn,
  signOutLocally,
} from '../../src/client/db/session-repository.ts';
import { readLanguage, writeLanguage } from '../../src/client/db/settings-repository.ts';
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

const inspector = userRow({ fullName: 'Петренко Иван Олегович' });
const session = { token: 'token-abc', expiresAt: '2026-12-22T09:00:00.000Z', user: inspector };

async function addUnsent(count: number): Promise<void> {
  for (let i = 1; i <= count; i += 1) {
    await db.outbox.add({
      mutationId: i,
      table: 'answers',
      entityId: `answer-${i}`,
      op: 'put',
      payload: { value: 'yes' },
      createdAt: '2026-11-22T09:00:00.000Z',
    });
  }
}

describe('the session on the device', () => {
  it('is kept and read back, so that the app opens offline', async () => {
    expect(await signIn(db, session, new Date('2026-11-22T09:00:00Z'))).toEqual({ ok: true });
    expect(await readSession(db)).toEqual({
      ...session,
      signedInAt: '2026-11-22T09:00:00.000Z',
      needsSignIn: false,
    });
  });

  it('is not forgotten while the outbox holds unsent changes, and says how many', async () => {
    await signIn(db, session, new Date());
    await addUnsent(2);
    expect(await signOutLocally(db)).toEqual({ ok: false, unsent: 2 });
    expect(await readSession(db)).toBeDefined();
    expect(await countUnsent(db)).toBe(2);

    await db.outbox.clear();
    expect(await signOutLocally(db)).toEqual({ ok: true });
    expect(await readSession(db)).toBeUndefined();
  });

  it("removes the person's data on sign-out but keeps the device's language", async () => {
    await signIn(db, session, new Date());
    await replaceSchools(db, [schoolRow()], new Date());
    await writeLanguage(db, 'en');
    expect(await signOutLocally(db)).toEqual({ ok: true });
    expect(await db.schools.count()).toBe(0);
    expect(await db.users.count()).toBe(0);
    expect(await directoryRefreshedAt(db)).toBeUndefined();
    expect(await readLanguage(db)).toBe('en');
  });

  it('lets the same person sign in again after the server refused the token, keeping everything', async () => {
    await signIn(db, session, new Date('2026-11-22T09:00:00Z'));
    await replaceSchools(db, [schoolRow()], new Date());
    await addUnsent(3);
    await markSignInNeeded(db);
    expect((await readSession(db))?.needsSignIn).toBe(true);

    const renewed = { ...session, token: 'token-new' };
    expect(await signIn(db, renewed, new Date('2026-11-23T09:00:00Z'))).toEqual({ ok: true });
    expect(await readSession(db)).toMatchObject({ token: 'token-new', needsSignIn: false });
    expect(await countUnsent(db)).toBe(3);
    expect(await db.schools.count()).toBe(1);
  });

  it("refuses another person while the previous one's changes are unsent", async () => {
    await signIn(db, session, new Date());
    await replaceSchools(db, [schoolRow()], new Date());
    await addUnsent(1);
    const other = { ...session, token: 'token-other', user: userRow({ login: 'zavuch' }) };
    expect(await signIn(db, other, new Date())).toEqual({
      ok: false,
      unsent: 1,
      holder: 'Петренко Иван Олегович',
    });
    expect((await readSession(db))?.user.id).toBe(inspector.id);
    expect(await db.schools.count()).toBe(1);
  });

  it('gives another person a clean device once nothing is unsent', async () => {
    await signIn(db, session, new Date());
    await replaceSchools(db, [schoolRow()], new Date());
    const zavuch = userRow({ login: 'zavuch', role: 'school' });
    expect(await signIn(db, { ...session, token: 't2', user: zavuch }, new Date())).toEqual({
      ok: true,
    });
    expect((await readSession(db))?.user.id).toBe(zavuch.id);
    expect(await db.schools.count()).toBe(0);
    expect((await db.users.toArray()).map((u) => u.id)).toEqual([zavuch.id]);
  });
});

describe('the directory on the device', () => {
  it('is replaced whole by what the server sent, in Russian order, with the time of the refresh', async () => {
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

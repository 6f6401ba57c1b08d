import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
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
import { at, freshDeviceDatabase, visitInput } from '../fixtures/device-database.ts';
import { createVisit } from '../../src/client/db/visits-repository.ts';

const device = freshDeviceDatabase('repositories');

const inspector = userRow({ fullName: 'Петренко Иван Олегович' });
const session = { token: 'token-abc', expiresAt: '2026-12-22T09:00:00.000Z', user: inspector };

async function addUnsent(count: number): Promise<void> {
  for (let i = 1; i <= count; i += 1) {
    await device.db.outbox.add({
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
    expect(await signIn(device.db, session, new Date('2026-11-22T09:00:00Z'))).toEqual({
      ok: true,
    });
    expect(await readSession(device.db)).toEqual({
      ...session,
      signedInAt: '2026-11-22T09:00:00.000Z',
      needsSignIn: false,
    });
  });

  it('is not forgotten while the outbox holds unsent changes, and says how many', async () => {
    await signIn(device.db, session, new Date());
    await addUnsent(2);
    expect(await signOutLocally(device.db)).toEqual({ ok: false, unsent: 2 });
    expect(await readSession(device.db)).toBeDefined();
    expect(await countUnsent(device.db)).toBe(2);

    await device.db.outbox.clear();
    expect(await signOutLocally(device.db)).toEqual({ ok: true });
    expect(await readSession(device.db)).toBeUndefined();
  });

  it("removes the person's data on sign-out but keeps the device's language", async () => {
    await signIn(device.db, session, new Date());
    await replaceSchools(device.db, [schoolRow()], new Date());
    await writeLanguage(device.db, 'en');
    expect(await signOutLocally(device.db)).toEqual({ ok: true });
    expect(await device.db.schools.count()).toBe(0);
    expect(await device.db.users.count()).toBe(0);
    expect(await directoryRefreshedAt(device.db)).toBeUndefined();
    expect(await readLanguage(device.db)).toBe('en');
  });

  it('keeps everything while a photo waits for upload, and removes visits and photos after', async () => {
    await signIn(device.db, session, new Date());
    const visit = await createVisit(device.db, visitInput(), at(0));
    await device.db.outbox.clear();
    const photo = new Blob(['jpeg'], { type: 'image/jpeg' });
    const blob = {
      sha256: 'a'.repeat(64),
      blob: photo,
      thumbnail: photo,
      createdAt: at(1).toISOString(),
    };
    await device.db.blobs.add({ ...blob, uploaded: 0 });
    expect(await signOutLocally(device.db)).toEqual({ ok: false, unsent: 1 });
    expect(await device.db.visits.get(visit.id)).toBeDefined();

    await device.db.blobs.update(blob.sha256, { uploaded: 1 });
    expect(await signOutLocally(device.db)).toEqual({ ok: true });
    expect(await device.db.visits.count()).toBe(0);
    expect(await device.db.blobs.count()).toBe(0);
  });

  it('lets the same person sign in again after the server refused the token, keeping everything', async () => {
    await signIn(device.db, session, new Date('2026-11-22T09:00:00Z'));
    await replaceSchools(device.db, [schoolRow()], new Date());
    await addUnsent(3);
    await markSignInNeeded(device.db);
    expect((await readSession(device.db))?.needsSignIn).toBe(true);

    const renewed = { ...session, token: 'token-new' };
    expect(await signIn(device.db, renewed, new Date('2026-11-23T09:00:00Z'))).toEqual({
      ok: true,
    });
    expect(await readSession(device.db)).toMatchObject({ token: 'token-new', needsSignIn: false });
    expect(await countUnsent(device.db)).toBe(3);
    expect(await device.db.schools.count()).toBe(1);
  });

  it("refuses another person while the previous one's changes are unsent", async () => {
    await signIn(device.db, session, new Date());
    await replaceSchools(device.db, [schoolRow()], new Date());
    await addUnsent(1);
    const other = { ...session, token: 'token-other', user: userRow({ login: 'zavuch' }) };
    expect(await signIn(device.db, other, new Date())).toEqual({
      ok: false,
      unsent: 1,
      holder: 'Петренко Иван Олегович',
    });
    expect((await readSession(device.db))?.user.id).toBe(inspector.id);
    expect(await device.db.schools.count()).toBe(1);
  });

  it('gives another person a clean device once nothing is unsent', async () => {
    await signIn(device.db, session, new Date());
    await replaceSchools(device.db, [schoolRow()], new Date());
    const zavuch = userRow({ login: 'zavuch', role: 'school' });
    expect(await signIn(device.db, { ...session, token: 't2', user: zavuch }, new Date())).toEqual({
      ok: true,
    });
    expect((await readSession(device.db))?.user.id).toBe(zavuch.id);
    expect(await device.db.schools.count()).toBe(0);
    expect((await device.db.users.toArray()).map((u) => u.id)).toEqual([zavuch.id]);
  });
});

describe('the directory on the device', () => {
  it('is replaced whole by what the server sent, in Russian order, with the time of the refresh', async () => {
    await replaceSchools(
      device.db,
      [schoolRow({ shortName: 'Старая' })],
      new Date('2026-11-01T08:00:00Z'),
    );
    await replaceSchools(
      device.db,
      ['Школа № 12', 'Ясная', 'Ёлочка', 'Школа № 3', 'Берёзовая'].map((shortName) =>
        schoolRow({ shortName }),
      ),
      new Date('2026-11-22T08:00:00Z'),
    );
    expect((await listSchools(device.db)).map((s) => s.shortName)).toEqual([
      'Берёзовая',
      'Ёлочка',
      'Школа № 3',
      'Школа № 12',
      'Ясная',
    ]);
    expect(await directoryRefreshedAt(device.db)).toBe('2026-11-22T08:00:00.000Z');
  });
});

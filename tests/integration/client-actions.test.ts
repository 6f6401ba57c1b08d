import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  actionsOfVisit,
  actionsToFollowUp,
  addAction,
  removeAction,
  updateAction,
} from '../../src/client/db/actions-repository.ts';
import { openAppDatabase, type AppDatabase } from '../../src/client/db/app-database.ts';
import { createVisit, type NewVisit } from '../../src/client/db/visits-repository.ts';

let db: AppDatabase;
let n = 0;
beforeEach(async () => {
  db = openAppDatabase(`actions-${n++}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const school = '0193f1e2-aaaa-7bbb-8ccc-123456789abc';
const otherSchool = '0193f1e2-cccc-7bbb-8ccc-123456789abc';
const visitOf = (schoolId: string, date: string): NewVisit => ({
  schoolId,
  checklistId: 'readiness',
  checklistVersion: 1,
  kind: 'inspection',
  date,
  commission: [],
  authorId: '0193f1e2-bbbb-7bbb-8ccc-123456789abc',
});
const now = new Date('2026-11-23T09:00:00Z');

describe('corrective actions', () => {
  it('are agreed at a visit and followed up at the next visit of the same school', async () => {
    const first = await createVisit(db, visitOf(school, '2026-10-01'), now);
    const { id } = await addAction(db, first.id, now);
    await updateAction(
      db,
      first.id,
      id!,
      {
        what: 'Опубликовать график консультаций',
        responsible: 'Зам. директора',
        deadline: '2026-11-01',
      },
      now,
    );
    expect(await actionsOfVisit(db, first.id)).toMatchObject([
      { what: 'Опубликовать график консультаций', status: 'open' },
    ]);
    await db.visits.update(first.id, { status: 'completed' });

    const second = await createVisit(db, visitOf(school, '2026-11-23'), now);
    const elsewhere = await createVisit(db, visitOf(otherSchool, '2026-11-23'), now);
    expect((await actionsToFollowUp(db, school, second.id)).map((a) => a.id)).toEqual([id]);
    expect(await actionsToFollowUp(db, otherSchool, elsewhere.id)).toEqual([]);
    expect(await updateAction(db, elsewhere.id, id!, { status: 'done' }, now)).toBe('not_found');

    expect(
      await updateAction(
        db,
        second.id,
        id!,
        { status: 'not_done', followedUpIn: second.id, comment: 'График не вывешен' },
        now,
      ),
    ).toBe('saved');
    // Still shown at the visit that followed it up, with what was found.
    expect(await actionsToFollowUp(db, school, second.id)).toMatchObject([
      { id, status: 'not_done', comment: 'График не вывешен' },
    ]);
    const third = await createVisit(db, visitOf(school, '2026-12-20'), now);
    expect(await actionsToFollowUp(db, school, third.id)).toEqual([]);
  });

  it('cannot be added or removed once the visit is completed', async () => {
    const visit = await createVisit(db, visitOf(school, '2026-10-01'), now);
    const { id } = await addAction(db, visit.id, now);
    await db.visits.update(visit.id, { status: 'completed' });
    expect((await addAction(db, visit.id, now)).outcome).toBe('read_only');
    expect(await removeAction(db, visit.id, id!, now)).toBe('read_only');
    expect(await actionsOfVisit(db, visit.id)).toHaveLength(1);
  });

  it('are removed with their outbox record', async () => {
    const visit = await createVisit(db, visitOf(school, '2026-10-01'), now);
    const { id } = await addAction(db, visit.id, now);
    expect(await removeAction(db, visit.id, id!, now)).toBe('saved');
    expect(await actionsOfVisit(db, visit.id)).toEqual([]);
    const last = await db.outbox.orderBy('seq').last();
    expect(last).toMatchObject({ table: 'actions', entityId: id, op: 'delete' });
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  actionsOfVisit,
  actionsToFollowUp,
  addAction,
  removeAction,
  updateAction,
} from '../../src/client/db/actions-repository.ts';
import { createVisit } from '../../src/client/db/visits-repository.ts';
import { SCHOOL_ID, freshDeviceDatabase, visitInput } from '../fixtures/device-database.ts';

const device = freshDeviceDatabase('actions');

const school = SCHOOL_ID;
const otherSchool = '0193f1e2-cccc-7bbb-8ccc-123456789abc';
const visitOf = (schoolId: string, date: string) => visitInput({ schoolId, date, commission: [] });
const now = new Date('2026-11-23T09:00:00Z');

describe('corrective actions', () => {
  it('are agreed at a visit and followed up at the next visit of the same school', async () => {
    const first = await createVisit(device.db, visitOf(school, '2026-10-01'), now);
    const { id } = await addAction(device.db, first.id, now);
    await updateAction(
      device.db,
      first.id,
      id!,
      {
        what: 'Опубликовать график консультаций',
        responsible: 'Зам. директора',
        deadline: '2026-11-01',
      },
      now,
    );
    expect(await actionsOfVisit(device.db, first.id)).toMatchObject([
      { what: 'Опубликовать график консультаций', status: 'open' },
    ]);
    await device.db.visits.update(first.id, { status: 'completed' });

    const second = await createVisit(device.db, visitOf(school, '2026-11-23'), now);
    const elsewhere = await createVisit(device.db, visitOf(otherSchool, '2026-11-23'), now);
    expect((await actionsToFollowUp(device.db, school, second.id)).map((a) => a.id)).toEqual([id]);
    expect(await actionsToFollowUp(device.db, otherSchool, elsewhere.id)).toEqual([]);
    expect(await updateAction(device.db, elsewhere.id, id!, { status: 'done' }, now)).toBe(
      'not_found',
    );

    expect(
      await updateAction(
        device.db,
        second.id,
        id!,
        { status: 'not_done', followedUpIn: second.id, comment: 'График не вывешен' },
        now,
      ),
    ).toBe('saved');
    // Still shown at the visit that followed it up, with what was found.
    expect(await actionsToFollowUp(device.db, school, second.id)).toMatchObject([
      { id, status: 'not_done', comment: 'График не вывешен' },
    ]);
    const third = await createVisit(device.db, visitOf(school, '2026-12-20'), now);
    expect(await actionsToFollowUp(device.db, school, third.id)).toEqual([]);
  });

  it('cannot be added or removed once the visit is completed', async () => {
    const visit = await createVisit(device.db, visitOf(school, '2026-10-01'), now);
    const { id } = await addAction(device.db, visit.id, now);
    await device.db.visits.update(visit.id, { status: 'completed' });
    expect((await addAction(device.db, visit.id, now)).outcome).toBe('read_only');
    expect(await removeAction(device.db, visit.id, id!, now)).toBe('read_only');
    expect(await actionsOfVisit(device.db, visit.id)).toHaveLength(1);
  });

  it('are removed with their outbox record', async () => {
    const visit = await createVisit(device.db, visitOf(school, '2026-10-01'), now);
    const { id } = await addAction(device.db, visit.id, now);
    expect(await removeAction(device.db, visit.id, id!, now)).toBe('saved');
    expect(await actionsOfVisit(device.db, visit.id)).toEqual([]);
    const last = await device.db.outbox.orderBy('seq').last();
    expect(last).toMatchObject({ table: 'actions', entityId: id, op: 'delete' });
  });
});

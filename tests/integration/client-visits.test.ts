import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  addRow,
  duplicateRow,
  loadAnswers,
  removeRow,
  saveAnswer,
} from '../../src/client/db/answers-repository.ts';
import {
  createVisit,
  listVisits,
  updateVisitFields,
} from '../../src/client/db/visits-repository.ts';
import { rowAnswerKey } from '../../src/shared/checklist/answer-keys.ts';
import {
  at,
  freshDeviceDatabase,
  occupyNextMutationId,
  visitInput,
} from '../fixtures/device-database.ts';

const device = freshDeviceDatabase('visits');

const input = visitInput({
  checklistId: 'ict-competence',
  commission: ['Петренко И. О.', 'Халилова З. Р.'],
});

async function mutationIds(): Promise<number[]> {
  return (await device.db.outbox.orderBy('seq').toArray()).map((row) => row.mutationId);
}

describe('a visit on the device', () => {
  it('is created as a draft with its history, and every change gets the next mutation id', async () => {
    const visit = await createVisit(device.db, input, at(0));
    expect(visit).toMatchObject({ status: 'draft', history: [{ from: null, to: 'draft' }] });
    expect(await saveAnswer(device.db, visit.id, 'staff_total', { value: 12 }, at(1))).toBe(
      'saved',
    );
    expect(
      await updateVisitFields(device.db, visit.id, { findings: 'Нет графика консультаций' }, at(2)),
    ).toBe('saved');
    expect(await mutationIds()).toEqual([1, 2, 3]);
    const [listed] = await listVisits(device.db);
    expect(listed).toMatchObject({
      findings: 'Нет графика консультаций',
      updatedAt: at(2).toISOString(),
    });
    expect((await loadAnswers(device.db, visit.id)).items).toEqual({ staff_total: { value: 12 } });
  });

  it('keeps one outbox change for a note typed letter by letter', async () => {
    const visit = await createVisit(device.db, input, at(0));
    for (const [i, text] of ['Н', 'Не', 'Нет', 'Нет ', 'Нет г'].entries()) {
      await saveAnswer(
        device.db,
        visit.id,
        'seminars_held',
        { value: 'no', note: text },
        at(i + 1),
      );
    }
    await saveAnswer(device.db, visit.id, 'staff_total', { value: 9 }, at(9));
    const outbox = await device.db.outbox.orderBy('seq').toArray();
    expect(outbox.map((row) => [row.mutationId, row.entityId])).toEqual([
      [1, visit.id],
      [2, `${visit.id}:seminars_held`],
      [3, `${visit.id}:staff_total`],
    ]);
    expect(outbox[1]?.payload).toMatchObject({ answer: { note: 'Нет г' } });
  });

  it('keeps table rows in order; a copy lands under its source with the same answers', async () => {
    const visit = await createVisit(device.db, input, at(0));
    const first = (await addRow(device.db, visit.id, 'roster', at(1))).rowId!;
    const second = (await addRow(device.db, visit.id, 'roster', at(2))).rowId!;
    await saveAnswer(
      device.db,
      visit.id,
      rowAnswerKey('roster', first, 'person'),
      { value: 'Т-01' },
      at(3),
    );
    await saveAnswer(
      device.db,
      visit.id,
      rowAnswerKey('roster', first, 'skill_basic'),
      { value: 2 },
      at(4),
    );
    await saveAnswer(
      device.db,
      visit.id,
      rowAnswerKey('roster', second, 'person'),
      { value: 'Т-02' },
      at(5),
    );
    const copy = (await duplicateRow(device.db, visit.id, first, at(6))).rowId!;
    // One transaction, three changes (the row and its two answers): contiguous ids, none merged.
    expect(await mutationIds()).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const copied = await device.db.outbox.orderBy('seq').offset(6).toArray();
    expect(copied.map((row) => row.entityId)).toEqual([
      copy,
      `${visit.id}:${rowAnswerKey('roster', copy, 'person')}`,
      `${visit.id}:${rowAnswerKey('roster', copy, 'skill_basic')}`,
    ]);

    const answers = await loadAnswers(device.db, visit.id);
    expect(answers.groups.roster?.map((row) => row.id)).toEqual([first, copy, second]);
    expect(answers.groups.roster?.[1]?.answers).toEqual({
      person: { value: 'Т-01' },
      skill_basic: { value: 2 },
    });

    expect(await removeRow(device.db, visit.id, first, at(7))).toBe('saved');
    const after = await loadAnswers(device.db, visit.id);
    expect(after.groups.roster?.map((row) => row.id)).toEqual([copy, second]);
    expect(await device.db.answers.where('visitId').equals(visit.id).count()).toBe(3);
  });

  it('refuses changes to a visit that is no longer a draft, writing nothing', async () => {
    const visit = await createVisit(device.db, input, at(0));
    await device.db.visits.update(visit.id, { status: 'completed' });
    const before = await device.db.outbox.count();
    expect(await saveAnswer(device.db, visit.id, 'staff_total', { value: 3 }, at(1))).toBe(
      'read_only',
    );
    expect((await addRow(device.db, visit.id, 'roster', at(2))).outcome).toBe('read_only');
    expect(await updateVisitFields(device.db, visit.id, { findings: 'x' }, at(3))).toBe(
      'read_only',
    );
    expect(await device.db.outbox.count()).toBe(before);
    expect(await device.db.answers.count()).toBe(0);
    expect(await saveAnswer(device.db, 'missing', 'a', { value: 1 }, at(4))).toBe('not_found');
  });

  it('saves an answer and its outbox row together or not at all', async () => {
    const visit = await createVisit(device.db, input, at(0));
    await occupyNextMutationId(device.db);
    await expect(
      saveAnswer(device.db, visit.id, 'staff_total', { value: 7 }, at(1)),
    ).rejects.toThrow();
    expect(await device.db.answers.count()).toBe(0);
    expect((await device.db.visits.get(visit.id))?.updatedAt).toBe(at(0).toISOString());
  });

  it('shows a saved answer to the screens that watch the visit, without a reload', async () => {
    const visit = await createVisit(device.db, input, at(0));
    const seen: unknown[] = [];
    const subscription = liveQuery(() => loadAnswers(device.db, visit.id)).subscribe((answers) =>
      seen.push(answers.items['staff_total']?.value),
    );
    try {
      await expect.poll(() => seen).toEqual([undefined]);
      await saveAnswer(device.db, visit.id, 'staff_total', { value: 12 }, at(1));
      await expect.poll(() => seen.at(-1)).toBe(12);
    } finally {
      subscription.unsubscribe();
    }
  });
});

import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  addRow,
  duplicateRow,
  loadAnswers,
  removeRow,
  saveAnswer,
} from '../../src/client/db/answers-repository.ts';
import {
  addPhoto,
  getPhotoImage,
  removePhoto,
} from '../../src/client/db/attachments-repository.ts';
import { createVisit } from '../../src/client/db/visits-repository.ts';
import { rowAnswerKey } from '../../src/shared/checklist/answer-keys.ts';
import { attachmentSchema } from '../../src/shared/schemas/visit.ts';
import { newPhoto } from '../fixtures/photos.ts';
import {
  at,
  freshDeviceDatabase,
  occupyNextMutationId,
  visitInput,
} from '../fixtures/device-database.ts';

const device = freshDeviceDatabase('photos');

const input = visitInput();
const desk = newPhoto('рабочее место учителя');
const router = newPhoto('маршрутизатор в учительской');

async function outboxChanges() {
  return (await device.db.outbox.orderBy('seq').toArray()).map((row) => [
    row.mutationId,
    row.table,
    row.op,
  ]);
}

describe('photos of a visit on the device', () => {
  it('keeps the image, its attachment, the answer and their outbox rows together', async () => {
    const visit = await createVisit(device.db, input, at(0));
    await saveAnswer(
      device.db,
      visit.id,
      'report_printer',
      { value: 'yes', note: 'В кабинете 12' },
      at(1),
    );
    expect(await addPhoto(device.db, visit.id, 'report_printer', desk, at(2))).toBe('saved');

    expect((await loadAnswers(device.db, visit.id)).items.report_printer).toEqual({
      value: 'yes',
      note: 'В кабинете 12',
      photos: [desk.sha256],
    });
    const [attachment] = await device.db.attachments.toArray();
    expect(attachmentSchema.parse(attachment)).toMatchObject({
      visitId: visit.id,
      itemKey: 'report_printer',
      sha256: desk.sha256,
      width: 1600,
      height: 1067,
      bytes: desk.blob.size,
      mimeType: 'image/jpeg',
      takenAt: desk.takenAt.toISOString(),
      createdAt: at(2).toISOString(),
    });
    expect(await (await getPhotoImage(device.db, desk.sha256, 'full'))?.text()).toBe(
      'рабочее место учителя',
    );
    expect(await (await getPhotoImage(device.db, desk.sha256, 'thumbnail'))?.text()).toBe(
      'thumbnail of рабочее место учителя',
    );
    expect(await device.db.blobs.get(desk.sha256)).toMatchObject({ uploaded: 0 });
    expect(await outboxChanges()).toEqual([
      [1, 'visits', 'put'],
      [2, 'answers', 'put'],
      [3, 'attachments', 'put'],
      [4, 'answers', 'put'],
    ]);
    expect((await device.db.outbox.get({ mutationId: 3 }))?.payload).toEqual(attachment);
    expect((await device.db.visits.get(visit.id))?.updatedAt).toBe(at(2).toISOString());
  });

  it('stores a photo shown at two items once, and never lists it twice at one item', async () => {
    const visit = await createVisit(device.db, input, at(0));
    await addPhoto(device.db, visit.id, 'workstation_photo', desk, at(1));
    await addPhoto(device.db, visit.id, 'report_printer', desk, at(2));
    expect(await addPhoto(device.db, visit.id, 'workstation_photo', desk, at(3))).toBe('saved');
    await addPhoto(device.db, visit.id, 'workstation_photo', router, at(4));

    expect(await device.db.blobs.count()).toBe(2);
    expect(await device.db.attachments.where('sha256').equals(desk.sha256).count()).toBe(2);
    const { items } = await loadAnswers(device.db, visit.id);
    expect(items.workstation_photo?.photos).toEqual([desk.sha256, router.sha256]);
    expect(items.report_printer?.photos).toEqual([desk.sha256]);
  });

  it('removes a photo from one item, keeping the image while another item still shows it', async () => {
    const visit = await createVisit(device.db, input, at(0));
    await addPhoto(device.db, visit.id, 'workstation_photo', desk, at(1));
    await addPhoto(device.db, visit.id, 'report_printer', desk, at(2));
    await device.db.outbox.clear();

    expect(await removePhoto(device.db, visit.id, 'workstation_photo', desk.sha256, at(3))).toBe(
      'saved',
    );
    expect((await loadAnswers(device.db, visit.id)).items.workstation_photo).toEqual({});
    expect(await device.db.blobs.get(desk.sha256)).toBeDefined();
    expect(
      await device.db.attachments
        .where('[visitId+itemKey]')
        .equals([visit.id, 'workstation_photo'])
        .count(),
    ).toBe(0);
    expect(
      (await device.db.outbox.orderBy('seq').toArray()).map((row) => [row.table, row.op]),
    ).toEqual([
      ['attachments', 'delete'],
      ['answers', 'put'],
    ]);

    expect(await removePhoto(device.db, visit.id, 'report_printer', desk.sha256, at(4))).toBe(
      'saved',
    );
    expect(await device.db.blobs.count()).toBe(0);
    expect(await device.db.attachments.count()).toBe(0);
    expect(await removePhoto(device.db, visit.id, 'report_printer', desk.sha256, at(5))).toBe(
      'not_found',
    );
  });

  it('keeps photos saved when a note is typed on a screen that has not seen them yet', async () => {
    const visit = await createVisit(device.db, input, at(0));
    await addPhoto(device.db, visit.id, 'report_printer', desk, at(1));
    await saveAnswer(device.db, visit.id, 'report_printer', { value: 'no', note: 'Нет' }, at(2));
    expect((await loadAnswers(device.db, visit.id)).items.report_printer).toEqual({
      value: 'no',
      note: 'Нет',
      photos: [desk.sha256],
    });
  });

  it('refuses photos for a completed visit, writing nothing', async () => {
    const visit = await createVisit(device.db, input, at(0));
    await addPhoto(device.db, visit.id, 'workstation_photo', desk, at(1));
    await device.db.visits.update(visit.id, { status: 'completed' });
    const outbox = await device.db.outbox.count();

    expect(await addPhoto(device.db, visit.id, 'workstation_photo', router, at(2))).toBe(
      'read_only',
    );
    expect(await removePhoto(device.db, visit.id, 'workstation_photo', desk.sha256, at(3))).toBe(
      'read_only',
    );
    expect(await device.db.outbox.count()).toBe(outbox);
    expect((await device.db.blobs.toCollection().primaryKeys()).sort()).toEqual([desk.sha256]);
    expect(await device.db.attachments.count()).toBe(1);
    expect(await addPhoto(device.db, 'no-such-visit', 'workstation_photo', router, at(4))).toBe(
      'not_found',
    );
  });

  it('writes nothing of a photo when its outbox row cannot be written', async () => {
    const visit = await createVisit(device.db, input, at(0));
    await occupyNextMutationId(device.db);
    await expect(addPhoto(device.db, visit.id, 'workstation_photo', desk, at(1))).rejects.toThrow();
    expect(await device.db.blobs.count()).toBe(0);
    expect(await device.db.attachments.count()).toBe(0);
    expect(await device.db.answers.count()).toBe(0);
  });

  it('copies the photos of a copied table row and removes them with a removed row', async () => {
    const visit = await createVisit(device.db, input, at(0));
    const row = (await addRow(device.db, visit.id, 'equipment_needs', at(1))).rowId!;
    const key = rowAnswerKey('equipment_needs', row, 'equipment');
    await addPhoto(device.db, visit.id, key, router, at(2));
    await addPhoto(device.db, visit.id, 'workstation_photo', desk, at(3));
    await addPhoto(device.db, visit.id, key, desk, at(4));

    const copy = (await duplicateRow(device.db, visit.id, row, at(5))).rowId!;
    const copyKey = rowAnswerKey('equipment_needs', copy, 'equipment');
    const copied = await device.db.attachments
      .where('[visitId+itemKey]')
      .equals([visit.id, copyKey])
      .toArray();
    expect(copied.map((a) => a.sha256)).toEqual([router.sha256, desk.sha256]);
    expect(await device.db.blobs.count()).toBe(2);

    await device.db.outbox.clear();
    expect(await removeRow(device.db, visit.id, row, at(6))).toBe('saved');
    expect(
      await device.db.attachments.where('[visitId+itemKey]').equals([visit.id, key]).count(),
    ).toBe(0);
    expect(await device.db.blobs.count()).toBe(2);
    expect((await device.db.outbox.toArray()).map((r) => [r.table, r.op])).toEqual([
      ['attachments', 'delete'],
      ['attachments', 'delete'],
      ['rows', 'delete'],
    ]);

    await removeRow(device.db, visit.id, copy, at(7));
    expect((await device.db.attachments.toArray()).map((a) => a.itemKey)).toEqual([
      'workstation_photo',
    ]);
    expect(await device.db.blobs.toCollection().primaryKeys()).toEqual([desk.sha256]);
  });
});

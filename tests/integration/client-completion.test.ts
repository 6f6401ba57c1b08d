import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { saveAnswer } from '../../src/client/db/answers-repository.ts';
import {
  completeVisit,
  readAcknowledgementDraft,
  reopenVisit,
  writeAcknowledgementDraft,
} from '../../src/client/db/completion-repository.ts';
import { createVisit, getVisit } from '../../src/client/db/visits-repository.ts';
import type { Acknowledgement } from '../../src/shared/schemas/visit.ts';
import { AUTHOR_ID, at, freshDeviceDatabase, visitInput } from '../fixtures/device-database.ts';

const device = freshDeviceDatabase('completion');

const author = AUTHOR_ID;
const input = visitInput();
const signatureSha = 'a'.repeat(64);
const acknowledgement: Acknowledgement = {
  name: 'Сидорова А. В.',
  position: 'заместитель директора',
  signature: signatureSha,
  objections: 'Сроки по п. 2 нереальны',
  at: at(5).toISOString(),
};

describe('completing and reopening a visit on the device', () => {
  it('completes with the acknowledgement and signature, freezes answers, records the transition', async () => {
    const visit = await createVisit(device.db, input, at(0));
    await saveAnswer(device.db, visit.id, 'internet', { value: 'yes' }, at(1));
    await writeAcknowledgementDraft(device.db, visit.id, {
      name: 'Сидорова А. В.',
      position: 'заместитель директора',
      acquainted: false,
      objections: '',
    });
    const png = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });

    const outcome = await completeVisit(
      device.db,
      visit.id,
      author,
      acknowledgement,
      { sha256: signatureSha, blob: png },
      at(5),
    );

    expect(outcome).toBe('changed');
    const completed = await getVisit(device.db, visit.id);
    expect(completed).toMatchObject({ status: 'completed', acknowledgement });
    expect(completed?.history.map((h) => [h.from, h.to])).toEqual([
      [null, 'draft'],
      ['draft', 'completed'],
    ]);
    expect(await device.db.blobs.get(signatureSha)).toMatchObject({
      sha256: signatureSha,
      uploaded: 0,
    });
    const last = await device.db.outbox.orderBy('seq').last();
    expect(last).toMatchObject({
      table: 'visits',
      op: 'transition',
      payload: { change: { from: 'draft', to: 'completed', by: author }, acknowledgement },
    });
    // The typed draft became part of the visit.
    expect((await readAcknowledgementDraft(device.db, visit.id)).name).toBe('');
    // Read-only now: an answer is refused and the stored one is intact.
    expect(await saveAnswer(device.db, visit.id, 'internet', { value: 'no' }, at(6))).toBe(
      'read_only',
    );
    expect((await device.db.answers.get([visit.id, 'internet']))?.answer).toEqual({ value: 'yes' });
  });

  it('reopens a completed visit with the reason in its history, and answers change again', async () => {
    const visit = await createVisit(device.db, input, at(0));
    await completeVisit(device.db, visit.id, author, null, null, at(1));
    expect(await reopenVisit(device.db, visit.id, author, 'Школа представила договор', at(2))).toBe(
      'changed',
    );
    const reopened = await getVisit(device.db, visit.id);
    expect(reopened?.status).toBe('draft');
    expect(reopened?.history.at(-1)).toMatchObject({
      from: 'completed',
      to: 'draft',
      note: 'Школа представила договор',
      at: at(2).toISOString(),
    });
    expect(await saveAnswer(device.db, visit.id, 'internet', { value: 'no' }, at(3))).toBe('saved');
  });

  it('refuses transitions the process does not have', async () => {
    const visit = await createVisit(device.db, input, at(0));
    expect(await reopenVisit(device.db, visit.id, author, 'причина', at(1))).toBe('not_allowed');
    await completeVisit(device.db, visit.id, author, null, null, at(2));
    expect(await completeVisit(device.db, visit.id, author, null, null, at(3))).toBe('not_allowed');
    expect(await completeVisit(device.db, 'missing', author, null, null, at(3))).toBe('not_found');
    expect((await getVisit(device.db, visit.id))?.history).toHaveLength(2);
  });

  it('keeps the acknowledgement as typed until completion, and reads damaged drafts as empty', async () => {
    const visit = await createVisit(device.db, input, at(0));
    const draft = { name: 'Сидорова', position: '', acquainted: true, objections: 'нет' };
    await writeAcknowledgementDraft(device.db, visit.id, draft);
    expect(await readAcknowledgementDraft(device.db, visit.id)).toEqual(draft);
    await device.db.settings.put({ key: `acknowledgement-draft:${visit.id}`, value: { name: 42 } });
    expect(await readAcknowledgementDraft(device.db, visit.id)).toEqual({
      name: '',
      position: '',
      acquainted: false,
      objections: '',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { changedFields, getField, setField } from '../../src/shared/sync/field-paths.ts';
import { mergeFields, type FieldStamps } from '../../src/shared/sync/merge-fields.ts';

const EARLY = '000001700000000000-00000-a';
const LATE = '000001700000005000-00000-b';

/** An answer written at version 4 by device A. */
const data = { visitId: 'v', itemKey: 'q1', answer: { value: 'yes', note: 'доска есть' } };
const stamps: FieldStamps = {
  'answer.value': { v: 4, h: EARLY, c: 'A' },
  'answer.note': { v: 4, h: EARLY, c: 'A' },
};

describe('merging one device’s edit into the server’s record', () => {
  it('takes a value edited on the version the device had seen', () => {
    const merged = mergeFields(
      data,
      stamps,
      { fields: { 'answer.value': 'no' }, base: { 'answer.value': 4 }, hlc: LATE, clientId: 'B' },
      9,
    );
    expect(merged.data).toEqual({ ...data, answer: { value: 'no', note: 'доска есть' } });
    expect(merged.stamps['answer.value']).toEqual({ v: 9, h: LATE, c: 'B' });
    expect(merged.stamps['answer.note']).toEqual(stamps['answer.note']);
    expect(merged.lost).toEqual([]);
  });

  it('keeps both sides of two concurrent edits of different fields of one answer', () => {
    const merged = mergeFields(
      data,
      { ...stamps, 'answer.value': { v: 6, h: LATE, c: 'C' } },
      {
        fields: { 'answer.note': 'нет доски' },
        base: { 'answer.note': 4 },
        hlc: EARLY,
        clientId: 'B',
      },
      9,
    );
    expect(merged.data.answer).toEqual({ value: 'yes', note: 'нет доски' });
    expect(merged.lost).toEqual([]);
  });

  it('keeps the later of two concurrent values and returns the other as lost', () => {
    const later = mergeFields(
      data,
      stamps,
      { fields: { 'answer.value': 'no' }, base: { 'answer.value': 2 }, hlc: LATE, clientId: 'B' },
      9,
    );
    expect(getField(later.data, 'answer.value')).toBe('no');
    expect(later.lost).toEqual([
      {
        field: 'answer.value',
        kept: { value: 'no', hlc: LATE, clientId: 'B' },
        lost: { value: 'yes', hlc: EARLY, clientId: 'A' },
      },
    ]);

    const earlier = mergeFields(
      data,
      { ...stamps, 'answer.value': { v: 4, h: LATE, c: 'A' } },
      { fields: { 'answer.value': 'no' }, base: { 'answer.value': 2 }, hlc: EARLY, clientId: 'B' },
      9,
    );
    expect(getField(earlier.data, 'answer.value')).toBe('yes');
    expect(earlier.written).toEqual([]);
    expect(earlier.lost[0]?.lost).toEqual({ value: 'no', hlc: EARLY, clientId: 'B' });
  });

  it('sees no conflict when both wrote the same value, or the device overwrites its own value', () => {
    const same = mergeFields(
      data,
      stamps,
      { fields: { 'answer.value': 'yes' }, base: {}, hlc: LATE, clientId: 'B' },
      9,
    );
    expect(same.lost).toEqual([]);
    // Device A had not yet heard back about version 4, its own write.
    const own = mergeFields(
      data,
      stamps,
      {
        fields: { 'answer.value': 'partly' },
        base: { 'answer.value': 1 },
        hlc: EARLY,
        clientId: 'A',
      },
      9,
    );
    expect(own.lost).toEqual([]);
    expect(getField(own.data, 'answer.value')).toBe('partly');
  });

  it('removes a field set to undefined, e.g. a note cleared', () => {
    const merged = mergeFields(
      data,
      stamps,
      {
        fields: { 'answer.note': undefined },
        base: { 'answer.note': 4 },
        hlc: LATE,
        clientId: 'B',
      },
      9,
    );
    expect(merged.data.answer).toEqual({ value: 'yes' });
  });
});

describe('field paths', () => {
  it('reads and writes one level inside an object, leaving the original untouched', () => {
    const next = setField(data, 'answer.na', true);
    expect(next.answer).toEqual({ value: 'yes', note: 'доска есть', na: true });
    expect(data.answer).toEqual({ value: 'yes', note: 'доска есть' });
    expect(getField(setField({}, 'answer.note', 'x'), 'answer.note')).toBe('x');
  });

  it('lists the fields that changed, comparing arrays and objects by value', () => {
    const before = { commission: ['Иванова'], findings: 'a', answer: { photos: ['1'] } };
    const after = { commission: ['Иванова'], findings: 'b', answer: { photos: ['1', '2'] } };
    expect(changedFields(before, after, ['commission', 'findings', 'answer.photos'])).toEqual([
      'findings',
      'answer.photos',
    ]);
    expect(changedFields(undefined, after, ['commission', 'date'])).toEqual(['commission']);
  });
});

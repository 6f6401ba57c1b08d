import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/shared/checklist/answer-schema.ts';
import { sameAnswer, shareUnchanged } from '../../src/shared/checklist/share-unchanged.ts';

/** The same data as a fresh read from IndexedDB gives: equal, but all new objects. */
const reread = (answers: Answers): Answers => structuredClone(answers);

const visit: Answers = {
  items: { internet: { value: 'yes' }, rooms: { value: 12, note: 'по паспорту' } },
  groups: {
    roster: [
      { id: 'r1', answers: { person: { value: 'Т-01' }, skill: { value: 2 } } },
      { id: 'r2', answers: { person: { value: 'Т-02' }, topics: { value: ['a', 'b'] } } },
    ],
  },
};

describe('keeping unchanged answers as the same objects', () => {
  it('returns the previous object itself when a re-read changed nothing', () => {
    expect(shareUnchanged(visit, reread(visit))).toBe(visit);
  });

  it('after one answer in one row, only that row and that answer are new', () => {
    const next = reread(visit);
    next.groups.roster![1]!.answers.topics = { value: ['a', 'c'] };
    const shared = shareUnchanged(visit, next);
    expect(shared).not.toBe(visit);
    expect(shared.items).toBe(visit.items);
    expect(shared.groups.roster![0]).toBe(visit.groups.roster![0]);
    expect(shared.groups.roster![1]).not.toBe(visit.groups.roster![1]);
    expect(shared.groups.roster![1]!.answers.person).toBe(visit.groups.roster![1]!.answers.person);
    expect(shared).toEqual(next);
  });

  it('sees added, removed and reordered rows, and a changed note or photo list', () => {
    const added = reread(visit);
    added.groups.roster!.push({ id: 'r3', answers: {} });
    expect(shareUnchanged(visit, added)).toEqual(added);

    const reordered = reread(visit);
    reordered.groups.roster!.reverse();
    const shared = shareUnchanged(visit, reordered);
    expect(shared.groups.roster!.map((row) => row.id)).toEqual(['r2', 'r1']);
    expect(shared.groups.roster![1]).toBe(visit.groups.roster![0]);

    const removedItem = reread(visit);
    delete removedItem.items.rooms;
    expect(shareUnchanged(visit, removedItem).items).toEqual({ internet: { value: 'yes' } });

    expect(sameAnswer({ value: 1, note: 'a' }, { value: 1, note: 'b' })).toBe(false);
    expect(sameAnswer({ photos: ['x'] }, { photos: ['x', 'y'] })).toBe(false);
    expect(sameAnswer({ value: ['a'] }, { value: 'a' })).toBe(false);
    expect(sameAnswer({ na: true }, { na: true })).toBe(true);
  });
});

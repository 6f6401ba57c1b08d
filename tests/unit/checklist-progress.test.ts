import { describe, expect, it } from 'vitest';
import { checklistProgress, unansweredRequired } from '../../src/shared/checklist/progress.ts';
import { answersOf, sampleIndex } from '../fixtures/checklist-fixtures.ts';

const v = (value: string | number) => ({ value });

describe('progress and the next unanswered question', () => {
  it('counts visible questions only, computed values aside, rows included', () => {
    const answers = answersOf({ rooms_total: v(20), internet: v('no') }, [
      { name: v('Иванова'), basics: v(2) },
    ]);
    const progress = checklistProgress(sampleIndex, answers);
    // base: rooms_total, rooms_with_pc, internet, backup_power, reason (shown for «нет»)
    expect(progress.get('base')).toEqual({
      answeredRequired: 2,
      required: 4,
      answered: 2,
      total: 5,
    });
    // staff: one row of name, basics, marks, trained
    expect(progress.get('staff')).toEqual({
      answeredRequired: 2,
      required: 3,
      answered: 2,
      total: 4,
    });
  });

  it('lists required questions without an answer in checklist order, N/A counting as an answer', () => {
    const answers = answersOf({ rooms_total: { na: true }, internet: v('no') }, [
      { name: v('Иванова') },
    ]);
    expect(unansweredRequired(sampleIndex, answers)).toEqual([
      { section: 'base', path: 'rooms_with_pc' },
      { section: 'base', path: 'reason' },
      { section: 'staff', path: 'roster/r1/basics' },
      { section: 'staff', path: 'roster/r1/marks' },
    ]);
  });

  it('counts a required table without rows as a question to answer', () => {
    const answers = answersOf({ rooms_total: v(2), rooms_with_pc: v(1), internet: v('yes') });
    expect(checklistProgress(sampleIndex, answers).get('staff')).toEqual({
      answeredRequired: 0,
      required: 1,
      answered: 0,
      total: 1,
    });
    expect(unansweredRequired(sampleIndex, answers)).toEqual([
      { section: 'staff', path: 'roster' },
    ]);
  });

  it('has nothing left when everything required is answered', () => {
    const answers = answersOf({ rooms_total: v(2), rooms_with_pc: v(1), internet: v('yes') }, [
      { name: v('Иванова'), basics: v(2), marks: v(0) },
    ]);
    expect(unansweredRequired(sampleIndex, answers)).toEqual([]);
  });
});

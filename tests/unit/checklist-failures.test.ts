import { describe, expect, it } from 'vitest';
import { failedItems } from '../../src/shared/checklist/failures.ts';
import { answersOf, sampleIndex } from '../fixtures/checklist-fixtures.ts';

const v = (value: string | number) => ({ value });

/** What a report lists, reduced to keys, percentages and failed row titles. */
function listed(answers: Parameters<typeof failedItems>[1]) {
  return failedItems(sampleIndex, answers).map((failed) =>
    failed.kind === 'group'
      ? { key: failed.item.key, percent: failed.percent, rows: failed.rows.map((r) => r.title) }
      : { key: failed.item.key, percent: failed.percent, computed: failed.computed },
  );
}

describe('items found wanting (hand-computed)', () => {
  it('lists items below 100 % in checklist order, with computed values and failed rows', () => {
    const answers = answersOf(
      { rooms_total: v(20), rooms_with_pc: v(15), internet: v('partly'), backup_power: v('no') },
      [
        { name: v('Иванова'), basics: v(2), marks: v(2) },
        { name: v('Петров'), basics: v(1), marks: v(0) },
        { basics: v(2), marks: v(1) },
      ],
    );
    expect(listed(answers)).toEqual([
      { key: 'pc_share', percent: 75, computed: 75 },
      { key: 'internet', percent: 50, computed: null },
      // backup_power is not required but is scored: «нет» is a failure.
      { key: 'backup_power', percent: 0, computed: null },
      // rows: 1, 0.25, 0.75 → mean 2/3; the untitled third row is named by its number.
      { key: 'roster', percent: 66.7, rows: ['Петров', 3] },
    ]);
  });

  it('leaves out N/A, unanswered, hidden and fully met items', () => {
    const answers = answersOf({ rooms_total: v(0), rooms_with_pc: v(0), internet: { na: true } }, [
      { name: v('Иванова'), basics: v(2), marks: v(2) },
    ]);
    // pc_share divides by zero: no value, so no failure; backup_power unanswered.
    expect(listed(answers)).toEqual([]);
  });

  it('lists nothing for an empty visit', () => {
    expect(listed(answersOf({}))).toEqual([]);
  });
});

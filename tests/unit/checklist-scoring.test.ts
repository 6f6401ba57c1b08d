import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/shared/checklist/answer-schema.ts';
import { levelOf, scoreChecklist } from '../../src/shared/checklist/scoring.ts';
import { answersOf, sampleDefinition, sampleIndex } from '../fixtures/checklist-fixtures.ts';

const v = (value: string | number) => ({ value });
const na = { na: true };

interface Case {
  name: string;
  answers: Answers;
  sections: [number | null, number | null];
  percent: number | null;
  level: string | null;
}

describe('scoring a checklist (expected values computed by hand)', () => {
  it.each<Case>([
    {
      // base: (2·0.75 + 0.5 + 1) / 4 = 0.75; staff: rows (1+0.5)/2 = 0.75 and (0.5+0)/2 = 0.25 → 0.5
      name: 'a typical visit',
      answers: answersOf(
        { rooms_total: v(20), rooms_with_pc: v(15), internet: v('partly'), backup_power: v('yes') },
        [
          { name: v('Иванова'), basics: v(2), marks: v(1), trained: v('yes') },
          { name: v('Петров'), basics: v(1), marks: v(0), trained: v('no') },
        ],
      ),
      sections: [75, 50],
      percent: 62.5,
      level: 'basic',
    },
    {
      // N/A leaves items out of both sides: base = (2·1 + 0) / 3
      name: 'an item marked N/A',
      answers: answersOf({
        rooms_total: v(10),
        rooms_with_pc: v(10),
        internet: na,
        backup_power: v('no'),
      }),
      sections: [(2 / 3) * 100, null],
      percent: (2 / 3) * 100,
      level: 'basic',
    },
    {
      // Zero rooms: the percentage cannot be computed and does not count; nothing else answered.
      name: 'everything N/A and a division by zero',
      answers: answersOf({
        rooms_total: v(0),
        rooms_with_pc: v(0),
        internet: na,
        backup_power: na,
      }),
      sections: [null, null],
      percent: null,
      level: null,
    },
    {
      name: 'an empty roster',
      answers: answersOf({
        rooms_total: v(4),
        rooms_with_pc: v(4),
        internet: v('yes'),
        backup_power: v('yes'),
      }),
      sections: [100, null],
      percent: 100,
      level: 'optimal',
    },
    {
      // A row with no scored answers does not count; the other row's (1 + 1) / 2.
      name: 'a roster row not filled in yet',
      answers: answersOf({}, [{ name: v('Новый сотрудник') }, { basics: v(2), marks: v(2) }]),
      sections: [null, 100],
      percent: 100,
      level: 'optimal',
    },
  ])('$name', ({ answers, sections, percent, level }) => {
    const score = scoreChecklist(sampleIndex, answers);
    expect(score.sections.map((s) => s.percent)).toEqual(
      sections.map((s) => (s === null ? null : (expect.closeTo(s, 9) as unknown))),
    );
    if (percent === null) expect(score.percent).toBeNull();
    else expect(score.percent).toBeCloseTo(percent, 9);
    expect(score.level).toBe(level);
  });
});

describe('levels from the version’s thresholds', () => {
  it.each([
    [100, 'optimal'],
    [90, 'optimal'],
    [89.99, 'desirable'],
    [75, 'desirable'],
    [74.9, 'basic'],
    [50, 'basic'],
    [49.9, 'insufficient'],
    [0, 'insufficient'],
  ])('%d %% → %s', (percent, level) => {
    expect(levelOf(percent, sampleDefinition.levels)).toBe(level);
  });

  it('follow thresholds edited for a version', () => {
    expect(levelOf(80, { optimal: 95, desirable: 85, basic: 60 })).toBe('basic');
  });
});

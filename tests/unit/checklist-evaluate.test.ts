import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/shared/checklist/answer-schema.ts';
import { evaluate, holds, scopeOf } from '../../src/shared/checklist/evaluate.ts';
import {
  conditionSchema,
  expressionSchema,
  type Condition,
  type Expression,
} from '../../src/shared/checklist/expression-schema.ts';

const answers: Answers = {
  items: {
    rooms_total: { value: 20 },
    rooms_with_pc: { value: 15 },
    rooms_zero: { value: 0 },
    internet: { value: 'partly' },
    wifi: { value: 'yes', na: true },
    topics: { value: ['marks', 'homework'] },
    empty_text: { value: '' },
  },
  groups: {
    roster: [
      { id: 'a', answers: { level: { value: 2 }, position: { value: 'teacher' } } },
      { id: 'b', answers: { level: { value: 1 }, position: { value: 'admin' } } },
      { id: 'c', answers: { position: { value: 'teacher' } } },
    ],
  },
};

const computed = new Map<string, Expression>([
  [
    'pc_share',
    {
      op: 'percent',
      numerator: { op: 'ref', key: 'rooms_with_pc' },
      denominator: { op: 'ref', key: 'rooms_total' },
    },
  ],
  ['loop', { op: 'ref', key: 'loop' }],
]);
const scope = scopeOf(answers, computed);

const ref = (key: string): Expression => ({ op: 'ref', key });
const num = (value: number): Expression => ({ op: 'const', value });

describe('expressions', () => {
  it.each<[string, Expression, number | null]>([
    ['a number', num(3), 3],
    ['an answer', ref('rooms_total'), 20],
    ['an unanswered item', ref('nothing'), null],
    ['an item marked N/A', ref('wifi'), null],
    ['a sum', { op: 'sum', args: [ref('rooms_total'), num(5)] }, 25],
    ['a sum with a gap', { op: 'sum', args: [ref('rooms_total'), ref('nothing')] }, null],
    [
      'a mean of what is answered',
      { op: 'mean', args: [ref('rooms_total'), ref('nothing'), num(10)] },
      15,
    ],
    ['a mean of nothing answered', { op: 'mean', args: [ref('nothing'), ref('wifi')] }, null],
    ['a difference', { op: 'sub', left: ref('rooms_total'), right: ref('rooms_with_pc') }, 5],
    ['min and max', { op: 'max', args: [{ op: 'min', args: [num(4), num(9)] }, num(2)] }, 4],
    [
      'a percent',
      { op: 'percent', numerator: ref('rooms_with_pc'), denominator: ref('rooms_total') },
      75,
    ],
    ['a ratio', { op: 'ratio', numerator: num(1), denominator: num(4) }, 0.25],
    [
      'a percent of zero rooms',
      { op: 'percent', numerator: num(0), denominator: ref('rooms_zero') },
      null,
    ],
    ['a computed item through ref', ref('pc_share'), 75],
    [
      'a condition',
      {
        op: 'if',
        condition: { op: 'equals', key: 'internet', value: 'partly' },
        then: num(0.5),
        else: num(1),
      },
      0.5,
    ],
    ['rows counted', { op: 'count_rows', group: 'roster' }, 3],
    [
      'rows counted where',
      {
        op: 'count_rows',
        group: 'roster',
        where: { op: 'equals', key: 'position', value: 'teacher' },
      },
      2,
    ],
    ['rows summed, gaps skipped', { op: 'sum_rows', group: 'roster', value: ref('level') }, 3],
    ['rows averaged', { op: 'mean_rows', group: 'roster', value: ref('level') }, 1.5],
    ['an empty group averaged', { op: 'mean_rows', group: 'sample', value: ref('level') }, null],
    ['an empty group counted', { op: 'count_rows', group: 'sample' }, 0],
  ])('%s', (_name, expression, expected) => {
    expect(expressionSchema.parse(expression)).toEqual(expression);
    expect(evaluate(expression, scope)).toBe(expected);
  });

  it('refuses to loop forever on a value that refers to itself', () => {
    expect(() => evaluate(ref('loop'), scope)).toThrow(/ссылается само на себя/);
  });
});

describe('conditions', () => {
  it.each<[string, Condition, boolean]>([
    ['answered', { op: 'answered', key: 'rooms_total' }, true],
    ['an empty text is not an answer', { op: 'answered', key: 'empty_text' }, false],
    ['N/A is not an answer', { op: 'answered', key: 'wifi' }, false],
    ['equals', { op: 'equals', key: 'internet', value: 'partly' }, true],
    ['not equals', { op: 'not_equals', key: 'internet', value: 'yes' }, true],
    ['in, single value', { op: 'in', key: 'internet', values: ['yes', 'partly'] }, true],
    ['in, multiple choice', { op: 'in', key: 'topics', values: ['reports', 'marks'] }, true],
    ['in, none chosen', { op: 'in', key: 'topics', values: ['reports'] }, false],
    ['compared with a number', { op: 'gte', key: 'rooms_with_pc', value: 15 }, true],
    [
      'compared with another answer',
      { op: 'lte', key: 'rooms_with_pc', other: 'rooms_total' },
      true,
    ],
    ['compared with a missing answer', { op: 'lt', key: 'nothing', value: 3 }, false],
    [
      'and',
      {
        op: 'and',
        conditions: [
          { op: 'answered', key: 'rooms_total' },
          { op: 'gt', key: 'rooms_total', value: 30 },
        ],
      },
      false,
    ],
    [
      'or',
      {
        op: 'or',
        conditions: [
          { op: 'answered', key: 'nothing' },
          { op: 'gt', key: 'rooms_total', value: 10 },
        ],
      },
      true,
    ],
    ['not', { op: 'not', condition: { op: 'answered', key: 'nothing' } }, true],
  ])('%s', (_name, condition, expected) => {
    expect(conditionSchema.parse(condition)).toEqual(condition);
    expect(holds(condition, scope)).toBe(expected);
  });

  it('sees a row item before a checklist item of the same key', () => {
    const rows = scope.rows('roster');
    expect(rows.map((row) => holds({ op: 'gte', key: 'level', value: 2 }, row))).toEqual([
      true,
      false,
      false,
    ]);
    expect(holds({ op: 'equals', key: 'internet', value: 'partly' }, rows[0]!)).toBe(true);
  });

  it('refuses a comparison with both a number and another answer, or neither', () => {
    expect(conditionSchema.safeParse({ op: 'gt', key: 'a', value: 1, other: 'b' }).success).toBe(
      false,
    );
    expect(conditionSchema.safeParse({ op: 'gt', key: 'a' }).success).toBe(false);
    expect(conditionSchema.safeParse({ op: 'equals', key: 'Bad Key', value: 1 }).success).toBe(
      false,
    );
  });
});

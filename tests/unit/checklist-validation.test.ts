import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../src/shared/checklist/validation.ts';
import { answersOf, sampleIndex } from '../fixtures/checklist-fixtures.ts';

const v = (value: string | number) => ({ value });
const complete = { rooms_total: v(20), rooms_with_pc: v(15), internet: v('yes') };
const row = { name: v('Иванова'), basics: v(2), marks: v(1) };

describe('checking answers', () => {
  it('finds nothing wrong in a complete visit, hidden required items included', () => {
    expect(validateAnswers(sampleIndex, answersOf(complete, [row]))).toEqual([]);
  });

  it('asks for required items, the roster, and a hidden item once it shows', () => {
    expect(validateAnswers(sampleIndex, answersOf({ internet: v('no') }))).toEqual([
      { path: 'rooms_total', kind: 'required', message: 'Обязательный вопрос: дайте ответ' },
      { path: 'rooms_with_pc', kind: 'required', message: 'Обязательный вопрос: дайте ответ' },
      { path: 'reason', kind: 'required', message: 'Обязательный вопрос: дайте ответ' },
      { path: 'roster', kind: 'required', message: 'Добавьте строк: не меньше 1' },
    ]);
  });

  it.each([
    [{ rooms_with_pc: v(25) }, 'rooms_with_pc', 'rule', 'Не больше, чем кабинетов всего'],
    [{ rooms_with_pc: v(2.5) }, 'rooms_with_pc', 'value', 'Введите целое число'],
    [{ rooms_total: v(-1) }, 'rooms_total', 'value', 'Не меньше 0'],
    [{ rooms_total: v('двадцать') }, 'rooms_total', 'value', 'Введите число'],
    [
      { rooms_total: { na: true } },
      'rooms_total',
      'value',
      'Вариант «не применимо» здесь недоступен',
    ],
    [{ internet: v('maybe') }, 'internet', 'value', 'Выберите ответ'],
    [{ backup_power: v('partly') }, 'backup_power', 'value', 'Выберите ответ'],
  ] as const)('explains %j', (wrong, path, kind, message) => {
    expect(validateAnswers(sampleIndex, answersOf({ ...complete, ...wrong }, [row]))).toEqual([
      { path, kind, message },
    ]);
  });

  it('names the row of a roster problem by its id', () => {
    const issues = validateAnswers(
      sampleIndex,
      answersOf(complete, [row, { name: v('Петров'), basics: v(3) }]),
    );
    expect(issues).toEqual([
      { path: 'roster/r2/basics', kind: 'value', message: 'Уровень — 0, 1 или 2' },
      { path: 'roster/r2/marks', kind: 'required', message: 'Обязательный вопрос: дайте ответ' },
    ]);
  });
});

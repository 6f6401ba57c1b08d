import { describe, expect, it } from 'vitest';
import { searchSchools } from '../../src/client/lib/school-search.ts';
import { schoolRow } from '../fixtures/client-rows.ts';

const schools = [
  schoolRow({
    shortName: 'МБОУ «Новофёдоровская школа-лицей»',
    address: 'пгт Новофёдоровка',
    director: 'Ермакова О. В.',
  }),
  schoolRow({
    shortName: 'МБОУ «Крымская школа»',
    address: 'с. Крымское',
    director: 'Бондаренко И. П.',
  }),
  schoolRow({
    shortName: 'МБОУ «Фрунзенская школа»',
    address: 'с. Фрунзе',
    director: 'Аблаева Э. Р.',
  }),
];

describe('searching the directory', () => {
  it.each([
    ['', 3],
    ['крымск', 1],
    ['новофедоровка', 1],
    ['НОВОФЁДОРОВСКАЯ лицей', 1],
    ['бондаренко', 1],
    ['школа с.', 2],
    ['москва', 0],
  ])('%j finds %d', (query, count) => {
    expect(searchSchools(schools, query)).toHaveLength(count);
  });
});

import { describe, expect, it } from 'vitest';
import { parseSchoolTable } from '../../src/shared/schools/school-import-rows.ts';

const HEAD = ['Полное наименование', 'Краткое наименование', 'Телефон', 'Email'];

describe('reading a table of schools', () => {
  it('maps headings in any case and with Ё/Е variants, and trims cells', () => {
    const result = parseSchoolTable([
      ['  ПОЛНОЕ НАИМЕНОВАНИЕ ', 'Сокращённое наименование', 'Район', 'Лишний столбец'],
      [' МБОУ «Ивановская школа» ', 'Ивановская школа', 'Сакский', 'что угодно'],
    ]);
    expect(result).toEqual({
      errors: [],
      rows: [
        {
          name: 'МБОУ «Ивановская школа»',
          shortName: 'Ивановская школа',
          municipality: 'Сакский',
          address: '',
          director: '',
          phone: '',
          email: '',
        },
      ],
    });
  });

  it.each([
    [
      [['Краткое наименование'], ['Школа']],
      [{ path: 'заголовок', message: 'Нет обязательного столбца «полное наименование»' }],
    ],
    [[HEAD], [{ path: 'файл', message: 'В файле нет ни одной школы' }]],
    [
      [],
      [
        { path: 'заголовок', message: 'Нет обязательного столбца «полное наименование»' },
        { path: 'заголовок', message: 'Нет обязательного столбца «краткое наименование»' },
      ],
    ],
    [
      [HEAD, ['МБОУ «А»', 'А', 'телефон?', '']],
      [{ path: 'строка 2, «телефон»', message: 'Телефон — цифры, пробелы, скобки, «+» и «-»' }],
    ],
    [
      [HEAD, ['МБОУ «А»', 'А', '', ''], ['мбоу «а»', 'А2', '', '']],
      [{ path: 'строка 3', message: 'Школа уже указана в строке 2' }],
    ],
  ])('reports %j as %j', (table, errors) => {
    expect(parseSchoolTable(table).errors).toEqual(errors);
  });

  it('skips blank lines but keeps the file line numbers in messages', () => {
    const result = parseSchoolTable([HEAD, ['', '', '', ''], ['МБОУ «Б»', '', '', '']]);
    expect(result.errors).toEqual([
      { path: 'строка 3, «краткое наименование»', message: 'Укажите краткое наименование' },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { valueCellOf } from '../../src/server/services/exports/answer-cells.ts';
import type { CellValue } from '../../src/server/services/exports/cell-values.ts';
import { csvField, csvStyle } from '../../src/server/services/exports/csv-format.ts';
import { staffMasker } from '../../src/server/services/exports/staff-masker.ts';
import {
  columnLetters,
  excelSerial,
  rowXml,
  xmlText,
} from '../../src/server/services/exports/xlsx-row-xml.ts';
import { simpleItemSchema } from '../../src/shared/checklist/item-schema.ts';
import type { AnswerValue } from '../../src/shared/checklist/answer-schema.ts';

describe('CSV fields', () => {
  it.each<[CellValue, 'semicolon' | 'comma', string]>([
    ['Кабинет 12; второй этаж', 'semicolon', '"Кабинет 12; второй этаж"'],
    ['Кабинет 12; второй этаж', 'comma', 'Кабинет 12; второй этаж'],
    ['Иванова, Петрова', 'comma', '"Иванова, Петрова"'],
    ['Иванова, Петрова', 'semicolon', 'Иванова, Петрова'],
    ['ПК "Pentium"', 'semicolon', '"ПК ""Pentium"""'],
    ['две\nстроки', 'comma', '"две\nстроки"'],
    ['перевод\r\nстроки', 'semicolon', '"перевод\r\nстроки"'],
    [12.5, 'semicolon', '12,5'],
    [12.5, 'comma', '12.5'],
    [-3, 'semicolon', '-3'],
    [{ day: '2026-10-05' }, 'semicolon', '05.10.2026'],
    [{ day: '2026-10-05' }, 'comma', '2026-10-05'],
    [{ percent: 87.5 }, 'semicolon', '87,5'],
    [{ percent: 87.5 }, 'comma', '87.5'],
    [{ link: 'https://ezh.example/visits/1' }, 'semicolon', 'https://ezh.example/visits/1'],
    [null, 'semicolon', ''],
    ['', 'comma', ''],
    ['=HYPERLINK("http://evil")', 'semicolon', `"'=HYPERLINK(""http://evil"")"`],
    ['+79780000000', 'comma', "'+79780000000"],
    ['@SUM(A1)', 'comma', "'@SUM(A1)"],
    ['-A1', 'comma', "'-A1"],
    ['- пункт списка', 'comma', '- пункт списка'],
    ['-5', 'comma', '-5'],
  ])('writes %j with %s as %j', (value, delimiter, expected) => {
    expect(csvField(value, csvStyle(delimiter))).toBe(expected);
  });
});

describe('XLSX rows', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('names column %i %s', (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
  });

  it.each([
    ['1900-03-01', 61],
    ['2026-10-05', 46300],
  ])('turns %s into Excel day %i', (day, serial) => {
    expect(excelSerial(day)).toBe(serial);
  });

  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlText('<a & "b">\u0001\u0008 \'c\'\tд')).toBe(
      '&lt;a &amp; &quot;b&quot;&gt; &apos;c&apos;\tд',
    );
  });

  it('writes text, numbers, dates, percentages and links as cells of their kind', () => {
    const links: [string, string][] = [];
    const xml = rowXml(
      7,
      ['Да', 12.5, null, { day: '2026-10-05' }, { percent: 70.83 }, { link: 'https://x/v' }, ''],
      ['A', 'B', 'C', 'D', 'E', 'F', 'G'],
      { date: 3, percent: 4, link: 5 },
      (address, url) => links.push([address, url]),
    );
    expect(xml).toBe(
      '<row r="7">' +
        '<c r="A7" t="str"><v>Да</v></c>' +
        '<c r="B7"><v>12.5</v></c>' +
        '<c r="D7" s="3"><v>46300</v></c>' +
        '<c r="E7" s="4"><v>0.7083</v></c>' +
        '<c r="F7" s="5" t="str"><v>https://x/v</v></c>' +
        '</row>',
    );
    expect(links).toEqual([['F7', 'https://x/v']]);
  });
});

describe('answers as people read them', () => {
  const item = (input: Record<string, unknown>) =>
    simpleItemSchema.parse({ key: 'q', label: 'Вопрос', source: '003', ...input });

  it.each<[Record<string, unknown>, AnswerValue, CellValue]>([
    [{ kind: 'yes_no', partly: true }, 'yes', 'Да'],
    [{ kind: 'yes_no', partly: true }, 'partly', 'Частично'],
    [{ kind: 'yes_no' }, 'no', 'Нет'],
    [{ kind: 'skill' }, 0, '0 — не умеет'],
    [{ kind: 'skill' }, 2, '2 — самостоятельно'],
    [
      {
        kind: 'choice',
        options: [
          { value: 'ready', label: 'Готов' },
          { value: 'hesitant', label: 'Сомневается' },
        ],
      },
      'hesitant',
      'Сомневается',
    ],
    [
      {
        kind: 'choice',
        multiple: true,
        options: [
          { value: 'marks', label: 'Ввод отметок' },
          { value: 'diary', label: 'Дневник' },
        ],
      },
      ['diary', 'marks'],
      'Дневник; Ввод отметок',
    ],
    [{ kind: 'number' }, 12.5, 12.5],
    [{ kind: 'date' }, '2026-10-01', { day: '2026-10-01' }],
    [{ kind: 'text' }, 'каб. 12', 'каб. 12'],
  ])('reads %j answered %j as %j', (definition, value, cell) => {
    expect(valueCellOf(item(definition))(value)).toEqual(cell);
  });
});

describe('staff pseudonyms', () => {
  it('numbers people in the order met, one per name and school', () => {
    const masker = staffMasker(true);
    const names = [
      ['north', 'Иванова Анна Петровна'],
      ['north', 'Сидоров Пётр'],
      ['north', '  иванова   анна петровна '],
      ['south', 'Иванова Анна Петровна'],
      ['north', ''],
      ['north', 'Сидоров Пётр'],
    ].map(([school = '', name = '']) => masker.name(school, name));
    expect(names).toEqual([
      'Сотрудник 1',
      'Сотрудник 2',
      'Сотрудник 1',
      'Сотрудник 3',
      '',
      'Сотрудник 2',
    ]);
  });

  it('leaves names as entered without masking', () => {
    expect(staffMasker(false).name('north', ' Иванова ')).toBe(' Иванова ');
  });
});

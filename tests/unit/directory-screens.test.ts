import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/client/api/api-error.ts';
import {
  AUDIT_ACTIONS,
  auditDetailParts,
  knownAuditAction,
  type AuditWords,
} from '../../src/client/features/directory/audit/audit-phrases.ts';
import { definitionPlace } from '../../src/client/features/directory/checklists/definition-issues.ts';
import { uncoveredSchools } from '../../src/client/features/directory/coverage/coverage-figures.ts';
import { serverIssues, sortIssues } from '../../src/client/lib/field-issues.ts';
import {
  issueText,
  rowIssueText,
} from '../../src/client/features/directory/schools/import-issues.ts';
import { schoolTemplateCsv } from '../../src/client/features/directory/schools/school-template.ts';
import { newAccountOf, userDraft } from '../../src/client/features/directory/users/user-draft.ts';
import { grantableRoles } from '../../src/client/features/directory/users/user-labels.ts';
import { directoryRu } from '../../src/client/i18n/ru-directory.ts';
import { ru } from '../../src/client/i18n/ru.ts';
import type { DirectoryUser } from '../../src/shared/schemas/directory.ts';
import type { School } from '../../src/shared/schemas/school.ts';
import { readSchoolTableRows } from '../../src/shared/schools/school-import-rows.ts';

const ids = ['a', 'b', 'c'].map((c) => `0190a0b0-0000-7000-8000-00000000000${c}`);

function school(index: number, shortName: string, extra: Partial<School> = {}): School {
  return {
    id: ids[index] ?? '',
    name: `Муниципальное бюджетное общеобразовательное учреждение «${shortName}»`,
    shortName: `МБОУ «${shortName}»`,
    municipality: 'Сакский район',
    address: '',
    director: '',
    phone: '',
    email: '',
    updatedAt: '2026-01-10T08:00:00.000Z',
    ...extra,
  };
}

const schools = [
  school(0, 'Ивановская школа', { director: 'Ковальчук Марина Сергеевна' }),
  school(1, 'Зерновская школа', { address: 'с. Зерновое, ул. Школьная, д. 8' }),
  school(2, 'Фёдоровская школа'),
];

describe('the school import', () => {
  it('offers a template that the import reads as one correct school', () => {
    const csv = schoolTemplateCsv();
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const table = csv
      .slice(1)
      .split('\r\n')
      .filter(Boolean)
      .map((line) => line.split(';'));
    const { fileErrors, rows } = readSchoolTableRows(table);
    expect(fileErrors).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.errors).toEqual([]);
    expect(rows[0]?.school).toMatchObject({
      shortName: 'МБОУ «Примерная школа»',
      phone: '+7 (36563) 2-00-00',
      email: 'school@example.ru',
    });
  });

  it.each([
    [
      { path: 'строка 3, «краткое наименование»', message: 'Укажите краткое наименование' },
      '«краткое наименование»: Укажите краткое наименование',
    ],
    [
      { path: 'строка 12', message: 'Школа уже указана в строке 4' },
      'Школа уже указана в строке 4',
    ],
  ])('shows a row’s issue without its line number: %j', (issue, text) => {
    expect(rowIssueText(issue)).toBe(text);
  });

  it('lists a refused import’s issues with their lines', () => {
    const issue = { path: 'строка 3, «электронная почта»', message: 'Некорректный адрес' };
    expect(issueText(issue)).toBe('строка 3, «электронная почта»: Некорректный адрес');
  });
});

describe('messages at form fields', () => {
  const fields = ['login', 'fullName', 'schoolId'];

  it('puts the server’s validation issues at their fields, the first one per field', () => {
    const error = new ApiError('validation_failed', {
      code: 'validation_failed',
      message: 'Данные не прошли проверку.',
      details: {
        issues: [
          { path: 'body.schoolId', message: 'Школа не найдена в справочнике.' },
          { path: 'body.schoolId', message: 'второе' },
          { path: 'body.password', message: 'Пароль — не короче 8 символов' },
        ],
      },
    });
    expect(serverIssues(error, fields)).toEqual({
      byField: { schoolId: 'Школа не найдена в справочнике.' },
      other: ['Пароль — не короче 8 символов'],
    });
  });

  it('puts a taken name or login at its field', () => {
    const message = 'Логин «ivanov» уже занят.';
    const error = new ApiError('conflict', {
      code: 'conflict',
      message,
      details: { path: 'login' },
    });
    expect(serverIssues(error, fields).byField).toEqual({ login: message });
  });

  it('puts nothing at fields for a failure that names none', () => {
    const message = 'Нельзя отключить собственную учётную запись.';
    const error = new ApiError('forbidden', { code: 'forbidden', message });
    expect(serverIssues(error, fields)).toEqual({ byField: {}, other: [] });
    expect(sortIssues([], fields)).toEqual({ byField: {}, other: [] });
  });

  it('checks a new account on the device: a school user needs a school, a password may be left out', () => {
    const draft = { ...userDraft(undefined), login: 'zavuch2', fullName: 'Иванова И. И.' };
    const school = newAccountOf({ ...draft, role: 'school' });
    expect(school).toEqual({
      issues: {
        byField: {
          schoolId:
            'Пользователь с ролью «школа» привязывается к одной школе, остальные — ни к одной',
        },
        other: [],
      },
    });
    expect(newAccountOf({ ...draft, role: 'inspector' })).toEqual({
      account: { login: 'zavuch2', fullName: 'Иванова И. И.', role: 'inspector', schoolId: null },
    });
    expect(newAccountOf({ ...draft, login: 'ив' })).toMatchObject({
      issues: { byField: { login: 'Логин — не короче 3 символов' } },
    });
  });
});

describe('roles a person may give', () => {
  it.each([
    ['coordinator', undefined, ['inspector', 'school', 'coordinator']],
    ['coordinator', 'admin', ['inspector', 'school', 'coordinator', 'admin']],
    ['admin', undefined, ['inspector', 'school', 'coordinator', 'admin']],
  ] as const)('%s editing a %s account', (me, current, expected) => {
    expect(grantableRoles(me, current)).toEqual(expected);
  });
});

describe('coverage', () => {
  const inspector = (schoolIds: string[], active = true): DirectoryUser => ({
    id: '0190a0b0-0000-7000-8000-0000000000ff',
    login: 'inspektor',
    fullName: 'Петренко Иван Олегович',
    role: 'inspector',
    schoolId: null,
    active,
    schoolIds,
  });

  it('names the schools no active inspector covers', () => {
    const uncovered = uncoveredSchools(
      [inspector([ids[0] ?? '']), inspector([ids[1] ?? ''], false)],
      schools,
    );
    expect(uncovered.map((s) => s.shortName)).toEqual([
      'МБОУ «Зерновская школа»',
      'МБОУ «Фёдоровская школа»',
    ]);
  });
});

describe('checklist definition issues', () => {
  it.each([
    ['body.sections.0.items.3.key', 'раздел 1, пункт 4, key'],
    ['sections.2.title', 'раздел 3, title'],
    ['sections.1.items.0.items.2.options.1', 'раздел 2, пункт 1, пункт 3, вариант 2'],
    ['body', ''],
    ['version', 'version'],
  ])('places %s as «%s»', (path, place) => {
    expect(definitionPlace(path)).toBe(place);
  });
});

describe('the audit log in Russian', () => {
  const details = directoryRu.audit.details;
  const words: AuditWords = {
    word: (key) => details[key],
    role: (role) => ru.roles[role],
    field: (name) => details.fields[name],
  };
  const phrases: Record<string, Record<string, string>> = directoryRu.audit.actions;

  it('has a phrase for every known code and shows other codes as they are', () => {
    for (const code of AUDIT_ACTIONS) {
      const [group = '', name = ''] = code.split('.');
      expect(phrases[group]?.[name], code).toMatch(/[А-Яа-я]/);
    }
    expect(knownAuditAction('export.xlsx')).toBe('export.xlsx');
    expect(knownAuditAction('visit.accept')).toBeUndefined();
  });

  it.each([
    [
      { targetId: ids[0], login: 'ivanov', role: 'inspector', schoolId: null },
      ['логин: ivanov', 'роль: Инспектор рабочей группы'],
    ],
    [
      {
        targetId: ids[0],
        login: 'ivanov',
        changes: { fullName: { from: 'А', to: 'Б' }, active: { from: true, to: false } },
      },
      ['логин: ivanov', 'изменено: ФИО, состояние'],
    ],
    [{ source: 'http', created: 2, updated: 1 }, ['добавлено: 2', 'обновлено: 1']],
    [
      { source: 'cli', created: 10, updated: 0 },
      ['добавлено: 10', 'обновлено: 0', 'источник: командная строка'],
    ],
    [
      { checklistId: 'readiness', version: 2, replaced: true },
      ['чек-лист: readiness, версия 2', 'заменён прежний черновик'],
    ],
    [
      { targetId: ids[1], login: 'petrov', schoolIds: [ids[0], ids[1]] },
      ['логин: petrov', 'закреплено школ: 2'],
    ],
    [{ id: ids[2], plannedOn: '2026-03-02', note: 'перенос' }, ['изменено: дата, примечание']],
    [
      { format: 'csv', dataset: 'answers', filter: {}, masked: true, visits: 12 },
      ['таблица: answers', 'посещений в выгрузке: 12', 'ФИО скрыты'],
    ],
    [{ login: 'petrov', tokensRevoked: 0 }, ['логин: petrov']],
    [
      { versions: ['readiness@1', 'ict-competence@1'] },
      ['чек-листы: readiness (версия 1), ict-competence (версия 1)'],
    ],
    [{ schoolId: ids[0], name: 'МБОУ «Ивановская школа»' }, ['школа: «МБОУ «Ивановская школа»»']],
  ])('sums up %j', (entry, expected) => {
    expect(auditDetailParts(entry, words)).toEqual(expected);
  });
});

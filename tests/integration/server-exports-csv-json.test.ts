import { parse } from 'csv-parse/sync';
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  exportQuery,
  getAs,
  SHARED_NAME,
  seedDistrictResults,
  TRICKY_NOTE,
  type DistrictResults,
} from '../fixtures/district-results.ts';
import { testAppForThisFile } from '../fixtures/test-app.ts';
import { testDatabases } from '../fixtures/test-databases.ts';

const AUTUMN = { from: '2026-09-01', to: '2026-12-31' };
const NOTHING = { from: '2020-01-01', to: '2020-12-31' };
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

interface JsonAnswer {
  item: string;
  value: unknown;
  text: string | null;
  na: boolean;
  note: string;
  photos: number;
  score: number | null;
}

interface JsonVisit {
  id: string;
  author: string;
  commission: string[];
  kind: string;
  kindText: string;
  school: { id: string; shortName: string };
  checklist: { id: string; version: number };
  result: { percent: number | null; level: string | null; levelText: string | null };
  acknowledgement: { name: string } | null;
  answers: JsonAnswer[];
  tables: {
    key: string;
    rows: { number: number; score: number | null; answers: Record<string, JsonAnswer> }[];
  }[];
  actions: {
    what: string;
    responsible: string;
    deadline: string | null;
    status: string;
    statusText: string;
  }[];
}

interface JsonDocument {
  format: { name: string; version: number };
  exportedAt: string;
  filter: Record<string, unknown>;
  masked: boolean;
  visits: JsonVisit[];
}

describe.each(testDatabases)('CSV and JSON exports of district results on $name', ({ open }) => {
  const server = testAppForThisFile(open);
  let app: FastifyInstance;
  let district: DistrictResults;

  beforeAll(async () => {
    ({ app } = server);
    district = await seedDistrictResults(server.db, app);
  });

  async function download(path: string, filter: Record<string, string | undefined>) {
    const reply = await getAs(app, district.coordinator, `${path}?${exportQuery(filter)}`);
    expect(reply.statusCode, reply.body.slice(0, 300)).toBe(200);
    return reply;
  }

  const csvRows = (text: string, delimiter: string): string[][] =>
    parse(text, { delimiter, bom: true });

  it('writes Excel’s Russian CSV: BOM, semicolons, decimal comma, дд.мм.гггг, quoted notes', async () => {
    const reply = await download('/api/exports/answers.csv', AUTUMN);
    expect(reply.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(reply.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('Ответы 01.09.2026–31.12.2026.csv')}`,
    );
    expect(reply.rawPayload.subarray(0, 3)).toEqual(BOM);
    const text = reply.rawPayload.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      'Посещение;Дата посещения;Школа;Чек-лист;Раздел;Вопрос;Ответ;Оценка, %;Примечание;Фото',
    );
    // RFC 4180: the note is quoted, its quotes doubled, its line break kept inside.
    expect(text).toContain(
      ';Частично;50;"Кабинет 12; ПК «старый», ""Pentium""\nзаменить до декабря";0\r\n',
    );
    expect(text).toContain(';Измеренная скорость доступа в кабинете;12,5;;;0\r\n');
    expect(text).toContain(`${district.readiness.id};05.10.2026;`);

    const rows = csvRows(text, ';');
    const internet = rows.find((row) => row[5] === 'Интернет в учебных кабинетах');
    expect(internet?.[8]).toBe(TRICKY_NOTE);
    expect(rows.every((row) => row.length === 10)).toBe(true);
    // ICT: 1 of 3 people trained at a seminar, as a percentage with a comma.
    expect(rows.find((row) => row[5] === 'Обучены на семинарах')?.[6]).toBe('33,33');
  });

  it('writes the comma variant with decimal points and ISO dates', async () => {
    const reply = await download('/api/exports/answers.csv', { ...AUTUMN, delimiter: 'comma' });
    expect(reply.rawPayload.subarray(0, 3)).toEqual(BOM);
    const text = reply.body.replace(/^\uFEFF/, '');
    expect(text.split('\r\n')[0]).toBe(
      'Посещение,Дата посещения,Школа,Чек-лист,Раздел,Вопрос,Ответ,"Оценка, %",Примечание,Фото',
    );
    const rows = csvRows(text, ',');
    const speed = rows.find((row) => row[5] === 'Измеренная скорость доступа в кабинете');
    expect(speed?.slice(1, 2)).toEqual(['2026-10-05']);
    expect(speed?.[6]).toBe('12.5');
    expect(rows.find((row) => row[5] === 'Интернет в учебных кабинетах')?.[8]).toBe(TRICKY_NOTE);
  });

  it.each([
    ['visits', 'Дата посещения', 4],
    // Recorded items: readiness 9 (twice), ICT 15, journal 8.
    ['answers', 'Посещение', 41],
    ['roster', 'Посещение', 3],
    ['sample', 'Посещение', 1],
    ['equipment', 'Посещение', 2],
    ['actions', 'Посещение', 2],
  ] as const)('exports %s as CSV', async (dataset, first, count) => {
    const reply = await download(`/api/exports/${dataset}.csv`, AUTUMN);
    const [head = [], ...rows] = csvRows(reply.body, ';');
    expect(head[0]).toBe(first);
    expect(rows).toHaveLength(count);
    expect(rows.every((row) => row.length === head.length)).toBe(true);
  });

  it('masks the roster and the actions in CSV, labels instead of codes', async () => {
    const reply = await download('/api/exports/roster.csv', { ...AUTUMN, mask: 'staff' });
    const [head = [], ...rows] = csvRows(reply.body, ';');
    const at = (name: string) => head.indexOf(name);
    // One file: the roster meets its two people in order; the uppercase duplicate is the first.
    expect(rows.map((row) => row[at('ФИО или личный код')])).toEqual([
      'Сотрудник 1',
      'Сотрудник 2',
      'Сотрудник 1',
    ]);
    expect(rows.map((row) => row[at('Должность')])).toEqual([
      'Учитель',
      'Классный руководитель',
      'Администрация',
    ]);
    expect(rows.map((row) => row[at('Оценка строки, %')])).toEqual(['100', '50', '0']);
    const actions = await download('/api/exports/actions.csv', { ...AUTUMN, mask: 'staff' });
    expect(actions.body).not.toContain('Иванова');
    expect(actions.body).toContain(';Сотрудник 1;01.12.2026;Открыта;');
  });

  it('refuses a table it does not know', async () => {
    const reply = await getAs(
      app,
      district.coordinator,
      `/api/exports/people.csv?${exportQuery(AUTUMN)}`,
    );
    expect(reply.statusCode).toBe(400);
    expect(reply.json()).toMatchObject({ code: 'validation_failed' });
  });

  it('writes a JSON document with the filter, codes and labels', async () => {
    const reply = await download('/api/exports/results.json', AUTUMN);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    const document = JSON.parse(reply.body) as JsonDocument;
    expect(document.format).toEqual({ name: 'inspektor-ezh/results', version: 1 });
    expect(Math.abs(Date.parse(document.exportedAt) - Date.now())).toBeLessThan(60_000);
    expect(document.filter).toEqual({ ...AUTUMN, schoolIds: [] });
    expect(document.masked).toBe(false);
    const { readiness, ict, journal, selfAudit } = district;
    expect(document.visits.map((v) => v.id)).toEqual([
      readiness.id,
      ict.id,
      journal.id,
      selfAudit.id,
    ]);
    const [first, second] = document.visits;
    expect(first?.result).toEqual({ percent: 70.83, level: 'basic', levelText: 'Базовый' });
    expect(first?.kind).toBe('inspection');
    expect(first?.answers.find((a) => a.item === 'classroom_internet')).toMatchObject({
      value: 'partly',
      text: 'Частично',
      note: TRICKY_NOTE,
      score: 50,
    });
    expect(first?.answers.find((a) => a.item === 'wifi_coverage')).toMatchObject({
      value: null,
      na: true,
      text: 'Не применимо',
      score: null,
    });
    expect(first?.actions).toEqual([
      expect.objectContaining({
        responsible: SHARED_NAME,
        deadline: '2026-12-01',
        status: 'open',
        statusText: 'Открыта',
      }),
    ]);
    const roster = second?.tables.find((table) => table.key === 'roster');
    expect(roster?.rows.map((row) => row.score)).toEqual([100, 50, 0]);
    expect(roster?.rows[0]?.answers.person?.value).toBe(SHARED_NAME);
    expect(roster?.rows[0]?.answers.position).toMatchObject({ value: 'teacher', text: 'Учитель' });
    expect(roster?.rows[0]?.answers.skill_basic).toMatchObject({
      value: 2,
      text: '2 — самостоятельно',
    });
  });

  it('masks staff names in JSON the same way throughout the document', async () => {
    const reply = await download('/api/exports/results.json', { ...AUTUMN, mask: 'staff' });
    const document = JSON.parse(reply.body) as JsonDocument;
    expect(document.masked).toBe(true);
    const schoolUser = district.schoolUser.fullName;
    for (const name of ['Иванова', 'ИВАНОВА', 'Сидоров', 'Петрова', 'Кузнецова', schoolUser]) {
      expect(reply.body).not.toContain(name);
    }
    const [readiness, ict, journal, selfAudit] = document.visits;
    // Met in this order: Петрова (north), Иванова (north), Сидоров, Кузнецова, Иванова (south),
    // then the self-audit's author and commission (the school's own staff), Петрова (south).
    expect(readiness?.acknowledgement?.name).toBe('Сотрудник 1');
    expect(readiness?.actions[0]?.responsible).toBe('Сотрудник 2');
    expect(ict?.acknowledgement?.name).toBe('Сотрудник 2');
    expect(ict?.author).toBe(district.inspector.fullName);
    const roster = ict?.tables.find((table) => table.key === 'roster');
    expect(roster?.rows.map((row) => row.answers.person?.value)).toEqual([
      'Сотрудник 2',
      'Сотрудник 3',
      'Сотрудник 2',
    ]);
    expect(journal?.acknowledgement?.name).toBe('Сотрудник 4');
    const sample = journal?.tables.find((table) => table.key === 'journal_sample');
    expect(sample?.rows[0]?.answers.journal_teacher).toMatchObject({
      value: 'Сотрудник 5',
      text: 'Сотрудник 5',
    });
    expect(selfAudit?.author).toBe('Сотрудник 6');
    expect(selfAudit?.commission).toEqual(['Сотрудник 7', 'Сотрудник 8']);
    expect(selfAudit?.acknowledgement?.name).toBe('Сотрудник 9');
    expect(selfAudit?.actions[0]?.responsible).toBe('Сотрудник 5');
  });

  it('gives valid empty files when nothing matches', async () => {
    const csv = await download('/api/exports/answers.csv', NOTHING);
    expect(csv.rawPayload.toString('utf8')).toBe(
      '\uFEFFПосещение;Дата посещения;Школа;Чек-лист;Раздел;Вопрос;Ответ;Оценка, %;Примечание;Фото\r\n',
    );
    const json = await download('/api/exports/results.json', NOTHING);
    const document = JSON.parse(json.body) as JsonDocument;
    expect(document.visits).toEqual([]);
    expect(document.filter).toMatchObject(NOTHING);
  });
});

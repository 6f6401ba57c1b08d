import { randomUUID } from 'node:crypto';
import { rowAnswerKey } from '../../src/shared/checklist/answer-keys.ts';
import type { Answer } from '../../src/shared/checklist/answer-schema.ts';
import type { ChecklistDefinition } from '../../src/shared/checklist/definition-schema.ts';
import type { Db } from '../../src/server/db/port.ts';
import type { User } from '../../src/shared/schemas/user.ts';
import { builtinChecklists } from '../../src/shared/templates/builtin-checklists.ts';
import { addSchool, addUser } from '../fixtures/users.ts';
import { planVisitContent, type VisitContent } from './visit-answers.ts';
import { fillPlans } from './visit-plans.ts';

/** Rows in each visit's table: a roster of 8 people, a sample of 8 journals. */
const TABLE_ROWS = 8;
/** Visits inserted per statement batch. */
const BATCH = 200;
/** The school year the visits fall in. */
const YEAR_START = Date.parse('2025-09-01T00:00:00Z');
const YEAR_DAYS = 365;

/** A small, seeded random generator: the same district every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function contentOf(definition: ChecklistDefinition): VisitContent {
  const plan = fillPlans[definition.id];
  if (!plan) {
    // The readiness checklist: its table lists equipment the school needs.
    return planVisitContent(definition, {
      group: 'equipment_needs',
      minRows: 2,
      minAnswers: 0,
      overrides: { extra_equipment_needed: () => 'yes' },
    });
  }
  return planVisitContent(definition, { ...plan, minRows: TABLE_ROWS, minAnswers: 0 });
}

/** The answer as a school of this `quality` (0…1) would give it: yes/no and skills vary, the rest stays. */
function varied(answer: Answer, quality: number, random: () => number): Answer {
  const value = answer.value;
  if (value === 'yes' || value === 'partly' || value === 'no') {
    const roll = random();
    return {
      ...answer,
      value: roll < quality ? 'yes' : roll < (quality + 1) / 2 ? 'partly' : 'no',
    };
  }
  if (value === 0 || value === 1 || value === 2) {
    const roll = random();
    return { ...answer, value: roll < quality ? 2 : roll < (quality + 1) / 2 ? 1 : 0 };
  }
  return answer;
}

interface RecordRow {
  collection: string;
  id: string;
  visitId: string;
  data: unknown;
}

async function insertBatch(db: Db, visits: unknown[], records: RecordRow[]) {
  await db.query(
    `INSERT INTO sync_visits (visit_id, school_id, author_id, kind, status)
     SELECT x."visitId", x."schoolId", x."authorId", x.kind, x.status
     FROM jsonb_to_recordset($1::jsonb)
       AS x("visitId" uuid, "schoolId" uuid, "authorId" uuid, kind text, status text)`,
    [JSON.stringify(visits)],
  );
  await db.query(
    `INSERT INTO sync_records (collection, id, visit_id, version, data, stamps)
     SELECT x.collection, x.id, x."visitId", 1, x.data, '{}'::jsonb
     FROM jsonb_to_recordset($1::jsonb)
       AS x(collection text, id text, "visitId" uuid, data jsonb)`,
    [JSON.stringify(records)],
  );
}

export interface District {
  coordinator: User;
  schoolIds: string[];
  /** Records stored: visits, rows, answers, actions. */
  records: number;
}

interface VisitSpec {
  index: number;
  schoolId: string;
  quality: number;
  author: User;
  definition: ChecklistDefinition;
  content: VisitContent;
}

function visitRecords(spec: VisitSpec, random: () => number) {
  const id = randomUUID();
  const day = new Date(YEAR_START + Math.floor(random() * YEAR_DAYS) * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  const at = `${date}T10:00:00.000Z`;
  const kind = spec.index % 5 === 4 ? 'self_audit' : 'inspection';
  const status = spec.index % 3 === 0 ? 'completed' : 'accepted';
  const visit = {
    id,
    schoolId: spec.schoolId,
    checklistId: spec.definition.id,
    checklistVersion: spec.definition.version,
    kind,
    planId: null,
    date,
    commission: [spec.author.fullName],
    authorId: spec.author.id,
    status,
    findings: 'Выводы по итогам посещения',
    recommendations: 'Рекомендации школе',
    acknowledgement: null,
    history: [],
    createdAt: at,
    updatedAt: at,
  };
  const rowIds = new Map(spec.content.rows.map((row) => [row.id, randomUUID()]));
  const records: RecordRow[] = [{ collection: 'visits', id, visitId: id, data: visit }];
  for (const row of spec.content.rows) {
    const rowId = rowIds.get(row.id) ?? row.id;
    const data = {
      id: rowId,
      visitId: id,
      group: row.group,
      position: row.position,
      createdAt: at,
    };
    records.push({ collection: 'rows', id: rowId, visitId: id, data });
  }
  for (const { itemKey, answer } of spec.content.answers) {
    const [group, rowId, item] = itemKey.split('/');
    const key =
      rowId && item ? rowAnswerKey(group ?? '', rowIds.get(rowId) ?? rowId, item) : itemKey;
    const data = {
      visitId: id,
      itemKey: key,
      answer: varied(answer, spec.quality, random),
      updatedAt: at,
    };
    records.push({ collection: 'answers', id: `${id}:${key}`, visitId: id, data });
  }
  if (kind === 'inspection') {
    for (let n = 0; n < 2; n += 1) {
      const actionId = randomUUID();
      const roll = random();
      const data = {
        id: actionId,
        visitId: id,
        schoolId: spec.schoolId,
        what: 'Утвердить график доступа учителей к компьютерам',
        responsible: 'Иванова Мария Петровна',
        deadline: new Date(day.getTime() + 30 * 86_400_000).toISOString().slice(0, 10),
        status: roll < 0.5 ? 'open' : roll < 0.85 ? 'done' : 'not_done',
        comment: '',
        followedUpIn: null,
        createdAt: at,
        updatedAt: at,
      };
      records.push({ collection: 'actions', id: actionId, visitId: id, data });
    }
  }
  return {
    access: { visitId: id, schoolId: spec.schoolId, authorId: spec.author.id, kind, status },
    records,
  };
}

/**
 * A district's year of monitoring written straight into the database: 50
 * schools, `visits` completed or accepted visits of the three built-in
 * checklists (one in five a self-audit), filled in full with answers that
 * vary with each school's quality, and two corrective actions per inspection.
 * Results are not computed here (see backfillVisitResults).
 */
export async function seedDistrict(db: Db, visits: number, schools: number): Promise<District> {
  const random = generator(20261122);
  const coordinator = await addUser(db, 'coordinator');
  const inspectors = await Promise.all(Array.from({ length: 10 }, () => addUser(db, 'inspector')));
  const schoolIds: string[] = [];
  for (let n = 1; n <= schools; n += 1) {
    schoolIds.push(
      await addSchool(db, {
        name: `МБОУ «Школа № ${String(n)}»`,
        shortName: `Школа № ${String(n)}`,
      }),
    );
  }
  const qualities = schoolIds.map(() => 0.45 + random() * 0.5);
  const contents = builtinChecklists.map((definition) => ({
    definition,
    content: contentOf(definition),
  }));
  let stored = 0;
  for (let start = 0; start < visits; start += BATCH) {
    const accesses: unknown[] = [];
    const records: RecordRow[] = [];
    for (let index = start; index < Math.min(visits, start + BATCH); index += 1) {
      const school = index % schools;
      const made = visitRecords(
        {
          index,
          schoolId: schoolIds[school] ?? '',
          quality: qualities[school] ?? 0.5,
          author: inspectors[index % inspectors.length] ?? coordinator,
          ...(contents[index % contents.length] ?? contents[0]!),
        },
        random,
      );
      accesses.push(made.access);
      records.push(...made.records);
    }
    await insertBatch(db, accesses, records);
    stored += records.length;
  }
  await db.query('UPDATE sync_counter SET version = 1');
  return { coordinator, schoolIds, records: stored };
}

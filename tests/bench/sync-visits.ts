import { randomUUID } from 'node:crypto';
import { rowAnswerKey } from '../../src/shared/checklist/answer-keys.ts';
import type { ChecklistDefinition } from '../../src/shared/checklist/definition-schema.ts';
import type { User } from '../../src/shared/schemas/user.ts';
import { builtinChecklists } from '../../src/shared/templates/builtin-checklists.ts';
import { createVisit, newVisit, type Change } from '../fixtures/sync-client.ts';
import { planVisitContent, type VisitContent } from './visit-answers.ts';
import { fillPlans } from './visit-plans.ts';

/**
 * Rows in the visit's table: the journal checklist samples journals of
 * different levels and subjects. Five make a thousand visits 113,000 records;
 * the filling benchmark's 27 rows stress one screen, not a district's sync.
 */
export const TABLE_ROWS = 5;

/** Questions a completed visit answers with `rows` rows in each of its tables. */
function questionsOf(definition: ChecklistDefinition, rows: number): number {
  return definition.sections
    .flatMap((section) => section.items)
    .reduce((sum, item) => sum + (item.kind === 'repeat' ? rows * item.items.length : 1), 0);
}

/** The built-in checklist whose completed visit holds the most answers. */
function largestChecklist(): ChecklistDefinition {
  const [largest] = [...builtinChecklists].sort(
    (a, b) => questionsOf(b, TABLE_ROWS) - questionsOf(a, TABLE_ROWS),
  );
  if (!largest) throw new Error('no built-in checklists');
  return largest;
}

/** A completed visit's content, made once; each visit gets its own row ids. */
export interface VisitTemplate {
  definition: ChecklistDefinition;
  content: VisitContent;
  /** Records one completed visit leaves on the server: the visit, its rows, its answers. */
  records: number;
  /** Mutations that make it: those records and the completion. */
  mutations: number;
}

export function completedVisitTemplate(): VisitTemplate {
  const definition = largestChecklist();
  const plan = fillPlans[definition.id];
  if (!plan) throw new Error(`no fill plan for ${definition.id}`);
  // Every visible question answered, checked by the checklist engine (planVisitContent).
  const content = planVisitContent(definition, { ...plan, minRows: TABLE_ROWS, minAnswers: 0 });
  const records = 1 + content.rows.length + content.answers.length;
  return { definition, content, records, mutations: records + 1 };
}

/**
 * The changes a tablet records for one completed visit, in the order its
 * outbox holds them: the visit, its table's rows, every answer, the completion
 * with the school's acknowledgement.
 */
export function completedVisitChanges(
  template: VisitTemplate,
  user: User,
  schoolId: string,
): Change[] {
  const at = new Date().toISOString();
  const visit = newVisit(user, schoolId, { checklistId: template.definition.id });
  const rowIds = new Map(template.content.rows.map((row) => [row.id, randomUUID()]));
  const rows: Change[] = template.content.rows.map((row) => {
    const id = rowIds.get(row.id) ?? row.id;
    return {
      op: 'put',
      collection: 'rows',
      id,
      fields: { id, visitId: visit.id, group: row.group, position: row.position, createdAt: at },
      base: {},
    };
  });
  const answers: Change[] = template.content.answers.map(({ itemKey, answer }) => {
    const [group, rowId, item] = itemKey.split('/');
    const renamed =
      rowId && item ? rowAnswerKey(group ?? '', rowIds.get(rowId) ?? rowId, item) : itemKey;
    return {
      op: 'put',
      collection: 'answers',
      id: `${visit.id}:${renamed}`,
      fields: { visitId: visit.id, itemKey: renamed, answer, updatedAt: at },
      base: {},
    };
  });
  const completion: Change = {
    op: 'transition',
    collection: 'visits',
    id: visit.id,
    to: 'completed',
    note: '',
    comments: [],
    acknowledgement: {
      name: 'Иванова Мария Петровна',
      position: 'директор',
      signature: null,
      objections: '',
      at,
    },
  };
  return [createVisit(visit), ...rows, ...answers, completion];
}

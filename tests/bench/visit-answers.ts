import { randomUUID } from 'node:crypto';
import { rowAnswerKey } from '../../src/shared/checklist/answer-keys.ts';
import type { Answer, AnswerValue, Answers } from '../../src/shared/checklist/answer-schema.ts';
import { indexDefinition } from '../../src/shared/checklist/definition-index.ts';
import type { ChecklistDefinition } from '../../src/shared/checklist/definition-schema.ts';
import { scopeOf } from '../../src/shared/checklist/evaluate.ts';
import type { RepeatItem, SimpleItem } from '../../src/shared/checklist/item-schema.ts';
import { validateAnswers } from '../../src/shared/checklist/validation.ts';
import { visibleItems } from '../../src/shared/checklist/visibility.ts';

/** A value chosen for one item: `row` is the row's index (0 outside tables), `rows` their count. */
export type ValueOverride = (row: number, rows: number) => AnswerValue;

/** How a benchmark visit is filled: which table grows, and the answers that are not generic. */
export interface FillPlan {
  group: string;
  minRows: number;
  minAnswers: number;
  /** Answers that open every hidden question and keep the checklist's rules true. */
  overrides: Readonly<Record<string, ValueOverride>>;
}

/** A visit's content as the device stores it, without the visit id. */
export interface VisitContent {
  rows: { id: string; group: string; position: number }[];
  answers: { itemKey: string; answer: Answer }[];
}

const pick = <T>(values: readonly T[], n: number): T => values[n % values.length]!;

/** A valid value of the item's kind; `salt` varies it between items of one row. */
function genericValue(item: SimpleItem, row: number, salt: number): AnswerValue | undefined {
  switch (item.kind) {
    case 'yes_no':
      return pick(item.partly ? ['yes', 'partly', 'no'] : ['yes', 'no'], row + salt);
    case 'skill':
      return (row + salt) % 3;
    case 'choice': {
      const values = item.options.map((o) => o.value);
      if (!item.multiple) return pick(values, row + salt);
      return [...new Set([pick(values, row + salt), pick(values, row + salt + 2)])];
    }
    case 'number':
      // The same number for every generic item of a row: «A ≤ B» rules between them hold.
      return Math.min(item.max ?? Infinity, Math.max(item.min ?? 0, 3 + (row % 7)));
    case 'text':
      return `${item.label} ${row + 1}`.slice(0, item.maxLength);
    case 'date':
      return `2026-02-${String(2 + (row % 20)).padStart(2, '0')}`;
    default:
      return undefined;
  }
}

function answersFor(
  items: readonly SimpleItem[],
  plan: FillPlan,
  row: number,
  rows: number,
): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  items.forEach((item, salt) => {
    const override = plan.overrides[item.key];
    const value = override ? override(row, rows) : genericValue(item, row, salt);
    if (value !== undefined) answers[item.key] = { value };
  });
  return answers;
}

function repeatOf(definition: ChecklistDefinition, group: string): RepeatItem {
  for (const section of definition.sections) {
    for (const item of section.items) if (item.kind === 'repeat' && item.key === group) return item;
  }
  throw new Error(`${definition.id} has no table ${group}`);
}

/** Every visible question answered, with `rows` rows in the plan's table; hidden answers dropped. */
function fillVisit(definition: ChecklistDefinition, plan: FillPlan, rows: number): Answers {
  const index = indexDefinition(definition);
  const topItems = definition.sections.flatMap((s) =>
    s.items.filter((item): item is SimpleItem => item.kind !== 'repeat'),
  );
  const group = repeatOf(definition, plan.group);
  const filled: Answers = {
    items: answersFor(topItems, plan, 0, rows),
    groups: {
      [plan.group]: Array.from({ length: rows }, (_, row) => ({
        id: randomUUID(),
        answers: answersFor(group.items, plan, row, rows),
      })),
    },
  };
  const scope = scopeOf(filled, index.computed);
  return {
    items: onlyShown(filled.items, visibleItems(topItems, scope)),
    groups: {
      [plan.group]: scope.rows(plan.group).map((rowScope, row) => {
        const { id, answers } = filled.groups[plan.group]![row]!;
        return { id, answers: onlyShown(answers, visibleItems(group.items, rowScope)) };
      }),
    },
  };
}

function onlyShown(
  answers: Record<string, Answer>,
  shown: readonly SimpleItem[],
): Record<string, Answer> {
  const keys = new Set(shown.map((item) => item.key));
  return Object.fromEntries(Object.entries(answers).filter(([key]) => keys.has(key)));
}

function countAnswers(answers: Answers): number {
  const inRows = Object.values(answers.groups)
    .flat()
    .reduce((sum, row) => sum + Object.keys(row.answers).length, 0);
  return Object.keys(answers.items).length + inRows;
}

/**
 * A fully answered visit: at least `minRows` rows in the table, more while the
 * visit holds no more than `minAnswers` answers. Checked by the checklist
 * engine itself: not one required question open, not one value or rule wrong.
 */
export function planVisitContent(definition: ChecklistDefinition, plan: FillPlan): VisitContent {
  let rows = plan.minRows;
  let answers = fillVisit(definition, plan, rows);
  while (countAnswers(answers) <= plan.minAnswers) {
    rows += 1;
    answers = fillVisit(definition, plan, rows);
  }
  const issues = validateAnswers(indexDefinition(definition), answers);
  if (issues.length > 0) {
    const listed = issues.slice(0, 5).map((issue) => `${issue.path}: ${issue.message}`);
    throw new Error(`generated answers of ${definition.id} are not valid: ${listed.join('; ')}`);
  }
  const tableRows = answers.groups[plan.group] ?? [];
  return {
    rows: tableRows.map((row, index) => ({ id: row.id, group: plan.group, position: index + 1 })),
    answers: [
      ...Object.entries(answers.items).map(([itemKey, answer]) => ({ itemKey, answer })),
      ...tableRows.flatMap((row) =>
        Object.entries(row.answers).map(([key, answer]) => ({
          itemKey: rowAnswerKey(plan.group, row.id, key),
          answer,
        })),
      ),
    ],
  };
}

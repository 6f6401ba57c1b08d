import type { Answer, Answers } from './answer-schema.ts';
import type { DefinitionIndex } from './definition-index.ts';
import { evaluate, holds, scopeOf, type Scope } from './evaluate.ts';
import { conditionReferences } from './references.ts';
import { rowAnswerKey } from './answer-keys.ts';
import type { RepeatItem, SimpleItem } from './item-schema.ts';
import { visibleItems } from './visibility.ts';

/** A required table needs at least one row, or its own minimum. */
export function rowsNeeded(item: RepeatItem): number {
  return Math.max(item.minRows, item.required ? 1 : 0);
}

export interface AnswerIssue {
  /** `key`, or `group/rowId/key` inside a repeat group (the answer's own key). */
  path: string;
  /** `required`: nothing answered yet; the others: what was answered is wrong. */
  kind: 'required' | 'value' | 'rule';
  message: string;
}

const YES_NO = ['yes', 'no'];

/** Whether the item has what «answered» means for its kind. */
export function isAnswered(item: SimpleItem, answer: Answer | undefined): boolean {
  if (item.kind === 'computed') return true;
  if (answer?.na === true) return true;
  if (item.kind === 'photo') return (answer?.photos?.length ?? 0) > 0;
  const value = answer?.value;
  if (value === undefined || value === '') return false;
  return !Array.isArray(value) || value.length > 0;
}

function numberProblem(
  item: Extract<SimpleItem, { kind: 'number' }>,
  value: unknown,
): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'Введите число';
  if (item.integer && !Number.isInteger(value)) return 'Введите целое число';
  if (item.min !== undefined && value < item.min) return `Не меньше ${String(item.min)}`;
  if (item.max !== undefined && value > item.max) return `Не больше ${String(item.max)}`;
  return null;
}

function valueProblem(item: SimpleItem, value: unknown): string | null {
  switch (item.kind) {
    case 'yes_no': {
      const allowed = item.partly ? [...YES_NO, 'partly'] : YES_NO;
      return typeof value === 'string' && allowed.includes(value) ? null : 'Выберите ответ';
    }
    case 'choice': {
      const values = item.options.map((o) => o.value);
      const chosen = item.multiple && Array.isArray(value) ? value : [value];
      const ok =
        (item.multiple || !Array.isArray(value)) && chosen.every((v) => values.includes(String(v)));
      return ok ? null : 'Выберите вариант из списка';
    }
    case 'number':
      return numberProblem(item, value);
    case 'skill':
      return value === 0 || value === 1 || value === 2 ? null : 'Уровень — 0, 1 или 2';
    case 'text':
      if (typeof value !== 'string') return 'Введите текст';
      return value.length > item.maxLength ? `Не длиннее ${String(item.maxLength)} символов` : null;
    case 'date':
      return typeof value === 'string' &&
        /^\d{4}-\d{2}-\d{2}$/.test(value) &&
        !Number.isNaN(Date.parse(value))
        ? null
        : 'Введите дату';
    default:
      return null;
  }
}

function allowsNa(item: SimpleItem): boolean {
  return 'allowNa' in item && item.allowNa;
}

/** Items the rules may read: inside a row, the row's items first. */
type Lookup = (key: string) => SimpleItem | undefined;

/** Whether an answer is there and valid, so that a rule comparing it means something. */
function usable(key: string, scope: Scope, lookup: Lookup): boolean {
  const item = lookup(key);
  if (!item) return false;
  if (item.kind === 'computed') return evaluate(item.expression, scope) !== null;
  const answer = scope.answer(key);
  return (
    answer?.na !== true && isAnswered(item, answer) && valueProblem(item, answer?.value) === null
  );
}

function checkItem(item: SimpleItem, scope: Scope, path: string, lookup: Lookup): AnswerIssue[] {
  const answer = scope.answer(item.key);
  if (answer?.na === true) {
    return allowsNa(item)
      ? []
      : [{ path, kind: 'value', message: 'Вариант «не применимо» здесь недоступен' }];
  }
  if (!isAnswered(item, answer)) {
    return item.required
      ? [{ path, kind: 'required', message: 'Обязательный вопрос: дайте ответ' }]
      : [];
  }
  if (item.kind === 'computed' || item.kind === 'photo') return [];
  const problem = valueProblem(item, answer?.value);
  if (problem !== null) return [{ path, kind: 'value', message: problem }];
  // A rule over an answer that is missing or wrong itself says nothing: that answer has its own issue.
  return item.rules
    .filter((rule) =>
      conditionReferences(rule.check).every((ref) => usable(ref.key, scope, lookup)),
    )
    .filter((rule) => !holds(rule.check, scope))
    .map((rule) => ({ path, kind: 'rule' as const, message: rule.message }));
}

/**
 * Every problem with the answers, in the order of the checklist: required items
 * left unanswered, wrong values, broken rules. Hidden items are never checked.
 */
export function validateAnswers(index: DefinitionIndex, answers: Answers): AnswerIssue[] {
  const scope = scopeOf(answers, index.computed);
  const top: Lookup = (key) => {
    const item = index.items.get(key);
    return item?.kind === 'repeat' ? undefined : item;
  };
  const issues: AnswerIssue[] = [];
  for (const section of index.definition.sections) {
    for (const item of visibleItems(section.items, scope)) {
      if (item.kind !== 'repeat') {
        issues.push(...checkItem(item, scope, item.key, top));
        continue;
      }
      const rows = scope.rows(item.key);
      const needed = rowsNeeded(item);
      if (rows.length < needed) {
        issues.push({
          path: item.key,
          kind: 'required',
          message: `Добавьте строк: не меньше ${String(needed)}`,
        });
      }
      const inRow: Lookup = (key) => index.groupItems.get(item.key)?.get(key) ?? top(key);
      for (const row of rows) {
        for (const inner of visibleItems(item.items, row)) {
          const path = rowAnswerKey(item.key, row.rowId ?? '', inner.key);
          issues.push(...checkItem(inner, row, path, inRow));
        }
      }
    }
  }
  return issues;
}

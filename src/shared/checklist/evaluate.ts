import type { Answer, AnswerValue, Answers, Row } from './answer-schema.ts';
import type { Condition, Expression } from './expression-schema.ts';

/** How an expression sees answers: computed items resolve through `computed`. */
export interface Scope {
  /** Set in the scope of one row of a repeat group: that row's id. */
  rowId?: string;
  answer(key: string): Answer | undefined;
  computed(key: string): Expression | undefined;
  rows(group: string): Scope[];
}

/**
 * The scope of a whole visit, or of one row of a repeat group: inside a row, a
 * key names the row's item first, then the checklist's. A group's row scopes
 * are made once per scope: every computed item over a table asks for them.
 */
export function scopeOf(
  answers: Answers,
  computedByKey: ReadonlyMap<string, Expression>,
  row?: Row,
): Scope {
  const rowScopes = new Map<string, Scope[]>();
  const rows = (group: string) => {
    let scopes = rowScopes.get(group);
    if (!scopes) {
      scopes = (answers.groups[group] ?? []).map((r) => scopeOf(answers, computedByKey, r));
      rowScopes.set(group, scopes);
    }
    return scopes;
  };
  const computed = (key: string) => computedByKey.get(key);
  if (!row) return { answer: (key) => answers.items[key], computed, rows };
  return {
    rowId: row.id,
    answer: (key) => row.answers[key] ?? answers.items[key],
    computed,
    rows,
  };
}

const MAX_DEPTH = 64;

/** The value behind a key: an answer (not when marked N/A), or a computed number. */
export function valueOf(scope: Scope, key: string, depth = 0): AnswerValue | undefined {
  const expression = scope.computed(key);
  if (expression) return evaluate(expression, scope, depth + 1) ?? undefined;
  const answer = scope.answer(key);
  if (!answer || answer.na === true) return undefined;
  const value = answer.value;
  if (value === '' || (Array.isArray(value) && value.length === 0)) return undefined;
  return value;
}

function numberOf(scope: Scope, key: string, depth: number): number | undefined {
  const value = valueOf(scope, key, depth);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function compare(op: 'gt' | 'gte' | 'lt' | 'lte', left: number, right: number): boolean {
  if (op === 'gt') return left > right;
  if (op === 'gte') return left >= right;
  if (op === 'lt') return left < right;
  return left <= right;
}

/** Whether a condition holds; a comparison with a missing answer does not. */
export function holds(condition: Condition, scope: Scope, depth = 0): boolean {
  if (depth > MAX_DEPTH) throw new Error('Условие ссылается само на себя');
  switch (condition.op) {
    case 'answered':
      return valueOf(scope, condition.key, depth) !== undefined;
    case 'equals':
      return valueOf(scope, condition.key, depth) === condition.value;
    case 'not_equals':
      return valueOf(scope, condition.key, depth) !== condition.value;
    case 'in': {
      const value = valueOf(scope, condition.key, depth);
      const values: readonly (string | number)[] = condition.values;
      if (Array.isArray(value)) return value.some((v) => values.includes(v));
      return (typeof value === 'string' || typeof value === 'number') && values.includes(value);
    }
    case 'and':
      return condition.conditions.every((c) => holds(c, scope, depth + 1));
    case 'or':
      return condition.conditions.some((c) => holds(c, scope, depth + 1));
    case 'not':
      return !holds(condition.condition, scope, depth + 1);
    default: {
      const left = numberOf(scope, condition.key, depth);
      const right =
        condition.other === undefined ? condition.value : numberOf(scope, condition.other, depth);
      return left !== undefined && right !== undefined && compare(condition.op, left, right);
    }
  }
}

function all(args: Expression[], scope: Scope, depth: number): number[] | null {
  const values = args.map((arg) => evaluate(arg, scope, depth + 1));
  return values.every((v): v is number => v !== null) ? values : null;
}

function divide(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}

function overRows(
  expression: Extract<Expression, { group: string }>,
  scope: Scope,
  depth: number,
): number | null {
  const rows = scope.rows(expression.group);
  if (expression.op === 'count_rows') {
    const { where } = expression;
    return where === undefined
      ? rows.length
      : rows.filter((r) => holds(where, r, depth + 1)).length;
  }
  const values = rows
    .map((row) => evaluate(expression.value, row, depth + 1))
    .filter((v): v is number => v !== null);
  if (expression.op === 'sum_rows') return values.reduce((a, b) => a + b, 0);
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * The number an expression gives, or `null` when something it needs is not
 * answered, or a division has a zero denominator.
 */
export function evaluate(expression: Expression, scope: Scope, depth = 0): number | null {
  if (depth > MAX_DEPTH) throw new Error('Вычисляемое значение ссылается само на себя');
  switch (expression.op) {
    case 'const':
      return expression.value;
    case 'ref': {
      const value = valueOf(scope, expression.key, depth);
      if (typeof value === 'number') return value;
      if (typeof value === 'boolean') return value ? 1 : 0;
      return null;
    }
    case 'sum':
    case 'mul':
    case 'min':
    case 'max': {
      const values = all(expression.args, scope, depth);
      if (values === null) return null;
      if (expression.op === 'sum') return values.reduce((a, b) => a + b, 0);
      if (expression.op === 'mul') return values.reduce((a, b) => a * b, 1);
      return expression.op === 'min' ? Math.min(...values) : Math.max(...values);
    }
    case 'mean': {
      const values = expression.args
        .map((arg) => evaluate(arg, scope, depth + 1))
        .filter((v): v is number => v !== null);
      return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
    }
    case 'sub': {
      const values = all([expression.left, expression.right], scope, depth);
      return values === null ? null : (values[0] ?? 0) - (values[1] ?? 0);
    }
    case 'ratio':
    case 'percent': {
      const ratio = divide(
        evaluate(expression.numerator, scope, depth + 1),
        evaluate(expression.denominator, scope, depth + 1),
      );
      return ratio === null || expression.op === 'ratio' ? ratio : ratio * 100;
    }
    case 'if':
      return holds(expression.condition, scope, depth + 1)
        ? evaluate(expression.then, scope, depth + 1)
        : evaluate(expression.else, scope, depth + 1);
    default:
      return overRows(expression, scope, depth);
  }
}

import type { Condition, Expression } from './expression-schema.ts';

export interface Reference {
  key: string;
  /** Set when the key is read inside the rows of this group. */
  group?: string;
}

/** Every answer key a condition reads. */
export function conditionReferences(condition: Condition, group?: string): Reference[] {
  const at = (key: string): Reference => (group === undefined ? { key } : { key, group });
  switch (condition.op) {
    case 'and':
    case 'or':
      return condition.conditions.flatMap((c) => conditionReferences(c, group));
    case 'not':
      return conditionReferences(condition.condition, group);
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return condition.other === undefined
        ? [at(condition.key)]
        : [at(condition.key), at(condition.other)];
    default:
      return [at(condition.key)];
  }
}

/** Every answer key, and every repeat group, an expression reads. */
export function expressionReferences(
  expression: Expression,
  group?: string,
): { keys: Reference[]; groups: string[] } {
  const merge = (parts: { keys: Reference[]; groups: string[] }[]) => ({
    keys: parts.flatMap((p) => p.keys),
    groups: parts.flatMap((p) => p.groups),
  });
  switch (expression.op) {
    case 'const':
      return { keys: [], groups: [] };
    case 'ref':
      return {
        keys: [group === undefined ? { key: expression.key } : { key: expression.key, group }],
        groups: [],
      };
    case 'sum':
    case 'min':
    case 'max':
    case 'mul':
    case 'mean':
      return merge(expression.args.map((a) => expressionReferences(a, group)));
    case 'sub':
      return merge([
        expressionReferences(expression.left, group),
        expressionReferences(expression.right, group),
      ]);
    case 'ratio':
    case 'percent':
      return merge([
        expressionReferences(expression.numerator, group),
        expressionReferences(expression.denominator, group),
      ]);
    case 'if':
      return merge([
        { keys: conditionReferences(expression.condition, group), groups: [] },
        expressionReferences(expression.then, group),
        expressionReferences(expression.else, group),
      ]);
    case 'count_rows':
      return {
        keys: expression.where ? conditionReferences(expression.where, expression.group) : [],
        groups: [expression.group],
      };
    default: {
      const inner = expressionReferences(expression.value, expression.group);
      return { keys: inner.keys, groups: [expression.group, ...inner.groups] };
    }
  }
}

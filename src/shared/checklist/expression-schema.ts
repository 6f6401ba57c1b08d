import { z } from 'zod';

/** Item keys: lower-case Latin, digits and underscores, as in `rooms_total`. */
export const itemKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,63}$/, 'Ключ — латиница в нижнем регистре, цифры и «_»');

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/**
 * A condition over answers, as data (no `eval`): compares an answer with a value
 * or with another answer, or combines conditions. Inside a repeat row, keys name
 * the row's items first, then the checklist's.
 */
export type Condition =
  | { op: 'answered'; key: string }
  | { op: 'equals' | 'not_equals'; key: string; value: string | number | boolean }
  | { op: 'in'; key: string; values: (string | number)[] }
  | {
      op: 'gt' | 'gte' | 'lt' | 'lte';
      key: string;
      value?: number | undefined;
      other?: string | undefined;
    }
  | { op: 'and' | 'or'; conditions: Condition[] }
  | { op: 'not'; condition: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.object({ op: z.literal('answered'), key: itemKeySchema }),
    z.object({ op: z.enum(['equals', 'not_equals']), key: itemKeySchema, value: scalar }),
    z.object({
      op: z.literal('in'),
      key: itemKeySchema,
      values: z.array(z.union([z.string(), z.number()])).min(1),
    }),
    z
      .object({
        op: z.enum(['gt', 'gte', 'lt', 'lte']),
        key: itemKeySchema,
        value: z.number().optional(),
        other: itemKeySchema.optional(),
      })
      .refine((c) => (c.value === undefined) !== (c.other === undefined), {
        message: 'Сравнение — либо с числом (value), либо с другим ответом (other)',
      }),
    z.object({ op: z.enum(['and', 'or']), conditions: z.array(conditionSchema).min(1) }),
    z.object({ op: z.literal('not'), condition: conditionSchema }),
  ]),
);

/**
 * A computed value, as data: numbers, answers, arithmetic, ratio and percent
 * (division by zero gives «нет значения», not Infinity), conditions, and
 * aggregates over the rows of a repeat group.
 */
export type Expression =
  | { op: 'const'; value: number }
  | { op: 'ref'; key: string }
  | { op: 'sum' | 'min' | 'max' | 'mul'; args: Expression[] }
  /** The mean of the arguments that have a value; `null` when none has. */
  | { op: 'mean'; args: Expression[] }
  | { op: 'sub'; left: Expression; right: Expression }
  | { op: 'ratio' | 'percent'; numerator: Expression; denominator: Expression }
  | { op: 'if'; condition: Condition; then: Expression; else: Expression }
  | { op: 'count_rows'; group: string; where?: Condition | undefined }
  | { op: 'sum_rows' | 'mean_rows'; group: string; value: Expression };

export const expressionSchema: z.ZodType<Expression> = z.lazy(() =>
  z.discriminatedUnion('op', [
    z.object({ op: z.literal('const'), value: z.number() }),
    z.object({ op: z.literal('ref'), key: itemKeySchema }),
    z.object({ op: z.enum(['sum', 'min', 'max', 'mul']), args: z.array(expressionSchema).min(1) }),
    z.object({ op: z.literal('mean'), args: z.array(expressionSchema).min(1) }),
    z.object({ op: z.literal('sub'), left: expressionSchema, right: expressionSchema }),
    z.object({
      op: z.enum(['ratio', 'percent']),
      numerator: expressionSchema,
      denominator: expressionSchema,
    }),
    z.object({
      op: z.literal('if'),
      condition: conditionSchema,
      then: expressionSchema,
      else: expressionSchema,
    }),
    z.object({
      op: z.literal('count_rows'),
      group: itemKeySchema,
      where: conditionSchema.optional(),
    }),
    z.object({
      op: z.enum(['sum_rows', 'mean_rows']),
      group: itemKeySchema,
      value: expressionSchema,
    }),
  ]),
);

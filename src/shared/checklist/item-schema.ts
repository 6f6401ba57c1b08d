import { z } from 'zod';
import { conditionSchema, expressionSchema, itemKeySchema } from './expression-schema.ts';

/** A rule an answer must satisfy, with the Russian message shown when it does not. */
const ruleSchema = z.object({ check: conditionSchema, message: z.string().min(1) });

const base = {
  key: itemKeySchema,
  label: z.string().min(1),
  help: z.string().optional(),
  /** Where the item comes from in the seed documents, e.g. «003 · Регламент · обязательные поля». */
  source: z.string().min(1),
  required: z.boolean().default(false),
  visibleIf: conditionSchema.optional(),
  weight: z.number().min(0).max(100).default(1),
  rules: z.array(ruleSchema).default([]),
};

const option = z.object({
  value: z.string().min(1),
  label: z.string().min(1),
  /** 0…1: how well this option meets the requirement; without scores the item is not scored. */
  score: z.number().min(0).max(1).optional(),
});

/** A threshold that turns a number into «met» (1) or «not met» (0). */
const target = z
  .object({ atLeast: z.number().optional(), atMost: z.number().optional() })
  .refine((t) => t.atLeast !== undefined || t.atMost !== undefined, {
    message: 'Укажите atLeast или atMost',
  });

export const yesNoItemSchema = z.object({
  ...base,
  kind: z.literal('yes_no'),
  /** Offer «частично» (scores 0.5). */
  partly: z.boolean().default(false),
  allowNa: z.boolean().default(false),
  scored: z.boolean().default(true),
});

export const choiceItemSchema = z.object({
  ...base,
  kind: z.literal('choice'),
  multiple: z.boolean().default(false),
  options: z.array(option).min(2),
  allowNa: z.boolean().default(false),
});

export const numberItemSchema = z.object({
  ...base,
  kind: z.literal('number'),
  integer: z.boolean().default(true),
  min: z.number().optional(),
  max: z.number().optional(),
  unit: z.string().optional(),
  allowNa: z.boolean().default(false),
  target: target.optional(),
});

export const textItemSchema = z.object({
  ...base,
  kind: z.literal('text'),
  multiline: z.boolean().default(false),
  maxLength: z.number().int().min(1).max(10_000).default(2000),
});

export const dateItemSchema = z.object({ ...base, kind: z.literal('date') });

/** 0 — не умеет, 1 — с помощью, 2 — самостоятельно; scores level / 2. */
export const skillItemSchema = z.object({
  ...base,
  kind: z.literal('skill'),
  allowNa: z.boolean().default(false),
});

export const photoItemSchema = z.object({ ...base, kind: z.literal('photo') });

export const computedItemSchema = z.object({
  ...base,
  kind: z.literal('computed'),
  expression: expressionSchema,
  format: z.enum(['number', 'percent']).default('number'),
  unit: z.string().optional(),
  decimals: z.number().int().min(0).max(4).default(0),
  /** `percent`: the value / 100 is the score; a target: met or not. Otherwise not scored. */
  scoring: z.union([z.literal('percent'), target]).optional(),
});

const simpleItemSchemas = [
  yesNoItemSchema,
  choiceItemSchema,
  numberItemSchema,
  textItemSchema,
  dateItemSchema,
  skillItemSchema,
  photoItemSchema,
  computedItemSchema,
] as const;

export const simpleItemSchema = z.discriminatedUnion('kind', [...simpleItemSchemas]);
export type SimpleItem = z.infer<typeof simpleItemSchema>;
export type SimpleItemInput = z.input<typeof simpleItemSchema>;

/** A table whose rows share items: the staff roster, the journal sample. Scores the mean of its rows. */
export const repeatItemSchema = z.object({
  ...base,
  kind: z.literal('repeat'),
  items: z.array(simpleItemSchema).min(1),
  minRows: z.number().int().min(0).default(0),
  /** The row item whose answer names the row in lists («ФИО», «класс и предмет»). */
  rowTitle: itemKeySchema.optional(),
  rowLabel: z.string().min(1),
});
export type RepeatItem = z.infer<typeof repeatItemSchema>;

export const itemSchema = z.discriminatedUnion('kind', [...simpleItemSchemas, repeatItemSchema]);
export type Item = z.infer<typeof itemSchema>;
export type ItemInput = z.input<typeof itemSchema>;

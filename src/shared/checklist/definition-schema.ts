import { z } from 'zod';
import { itemKeySchema } from './expression-schema.ts';
import { itemSchema } from './item-schema.ts';

export const sectionSchema = z.object({
  key: itemKeySchema,
  title: z.string().min(1),
  description: z.string().optional(),
  weight: z.number().min(0).max(100).default(1),
  items: z.array(itemSchema).min(1),
});
export type Section = z.infer<typeof sectionSchema>;

/** Lower bounds, in %, of the levels of implementation (seed 001: «оптимальный и желательный»). */
export const levelThresholdsSchema = z
  .object({
    optimal: z.number().min(0).max(100).default(90),
    desirable: z.number().min(0).max(100).default(75),
    basic: z.number().min(0).max(100).default(50),
  })
  .refine((t) => t.optimal >= t.desirable && t.desirable >= t.basic, {
    message: 'Пороги уровней: оптимальный ≥ желательный ≥ базовый',
  });
export type LevelThresholds = z.infer<typeof levelThresholdsSchema>;

export const checklistIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,63}$/, 'Идентификатор — латиница в нижнем регистре, цифры и «-»');

/** A checklist version: data, importable and exportable as JSON, never changed once published. */
export const checklistDefinitionSchema = z.object({
  id: checklistIdSchema,
  version: z.number().int().min(1),
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  description: z.string().default(''),
  levels: levelThresholdsSchema.default({ optimal: 90, desirable: 75, basic: 50 }),
  sections: z.array(sectionSchema).min(1),
});
export type ChecklistDefinition = z.infer<typeof checklistDefinitionSchema>;
export type ChecklistDefinitionInput = z.input<typeof checklistDefinitionSchema>;

export const levels = ['optimal', 'desirable', 'basic', 'insufficient'] as const;
export type Level = (typeof levels)[number];

import { z } from 'zod';
import { checklistIdSchema } from '../checklist/definition-schema.ts';
import { isoDateSchema, visitKindSchema } from './visit.ts';

/** A comma-separated list in a query string, or nothing. */
const idList = z
  .string()
  .optional()
  .transform((text) => (text === undefined || text === '' ? [] : text.split(',')))
  .pipe(z.array(z.uuid('Идентификатор школы — UUID')).max(1000));

/**
 * Which completed visits the district's figures and exports are about: a
 * period of visit dates, some schools (none means all), one checklist or all,
 * one kind or both. The same filter serves the dashboard and every export.
 */
export const resultsFilterSchema = z
  .object({
    from: isoDateSchema,
    to: isoDateSchema,
    schoolIds: idList,
    checklistId: checklistIdSchema.optional(),
    kind: visitKindSchema.optional(),
  })
  .refine((filter) => filter.from <= filter.to, {
    message: 'Начало периода позже его конца',
    path: ['to'],
  });
export type ResultsFilter = z.infer<typeof resultsFilterSchema>;
export type ResultsFilterQuery = z.input<typeof resultsFilterSchema>;

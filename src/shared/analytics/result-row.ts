import { z } from 'zod';
import { checklistIdSchema } from '../checklist/definition-schema.ts';
import { actionStatusSchema, isoDateSchema, visitKindSchema } from '../schemas/visit.ts';
import { visitSummarySchema } from './summary-schema.ts';

/** A completed (or accepted) visit as the district's figures see it: where, what, when, its summary. */
export const resultRowSchema = z.object({
  visitId: z.uuid(),
  schoolId: z.uuid(),
  checklistId: checklistIdSchema,
  checklistVersion: z.number().int().min(1),
  kind: visitKindSchema,
  date: isoDateSchema,
  status: z.enum(['completed', 'accepted']),
  summary: visitSummarySchema,
  /** When the summary was computed: of two rows of one visit (reopened, completed again) the later counts. */
  computedAt: z.iso.datetime({ offset: true }).optional(),
});
export type ResultRow = z.infer<typeof resultRowSchema>;

/** A corrective action as the district's figures see it. */
export const actionRowSchema = z.object({
  schoolId: z.uuid(),
  visitId: z.uuid(),
  status: actionStatusSchema,
  deadline: z.union([isoDateSchema, z.literal('')]),
});
export type ActionRow = z.infer<typeof actionRowSchema>;

import { z } from 'zod';
import { checklistDefinitionSchema, checklistIdSchema } from '../checklist/definition-schema.ts';

export const checklistVersionStatusSchema = z.enum(['draft', 'published']);
export type ChecklistVersionStatus = z.infer<typeof checklistVersionStatusSchema>;

const personSchema = z.object({ id: z.uuid(), fullName: z.string() }).nullable();

/** A version of a checklist as the district keeps it: published ones never change. */
export const checklistVersionSchema = z.object({
  checklistId: z.string(),
  version: z.number().int(),
  title: z.string(),
  status: checklistVersionStatusSchema,
  createdAt: z.iso.datetime(),
  /** `null` for the built-in checklists the server wrote itself. */
  createdBy: personSchema,
  publishedAt: z.iso.datetime().nullable(),
  publishedBy: personSchema,
  definition: checklistDefinitionSchema,
});
export type ChecklistVersion = z.infer<typeof checklistVersionSchema>;

/** `published` (default, for everyone) or `all` (drafts too: coordinators and admins). */
export const checklistListQuerySchema = z.object({
  status: z.enum(['published', 'all']).default('published'),
});

export const checklistListResponseSchema = z.object({
  checklists: z.array(checklistVersionSchema),
});
export type ChecklistListResponse = z.infer<typeof checklistListResponseSchema>;

/** A version in the address: `/api/checklists/readiness/2`. */
export const checklistVersionParamsSchema = z.object({
  id: checklistIdSchema,
  version: z.coerce
    .number('Версия — целое число')
    .int('Версия — целое число')
    .min(1, 'Версия — от 1'),
});
export type ChecklistVersionParams = z.infer<typeof checklistVersionParamsSchema>;

/** What importing a draft did: `replaced` when a draft of that version was there already. */
export const checklistImportResponseSchema = z.object({
  checklist: checklistVersionSchema,
  replaced: z.boolean(),
});
export type ChecklistImportResponse = z.infer<typeof checklistImportResponseSchema>;

export const checklistDeleteResponseSchema = z.object({
  deleted: z.object({ checklistId: z.string(), version: z.number().int() }),
});

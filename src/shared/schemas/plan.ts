import { z } from 'zod';
import { checklistIdSchema } from '../checklist/definition-schema.ts';
import { isoDateSchema, visitKindSchema, visitStatusSchema } from './visit.ts';

const inspectorIdsSchema = z.array(z.uuid('Идентификатор проверяющего — UUID')).max(10);

/**
 * A visit the district plans: a school, a checklist, a date and who goes. An
 * inspection names its inspectors; a self-audit is the school's own.
 */
export const plannedVisitInputSchema = z
  .object({
    schoolId: z.uuid('Выберите школу'),
    checklistId: checklistIdSchema,
    kind: visitKindSchema.default('inspection'),
    plannedOn: isoDateSchema,
    inspectorIds: inspectorIdsSchema.default([]),
    round: z.string().trim().max(200).default(''),
    note: z.string().trim().max(2000).default(''),
  })
  .refine((plan) => plan.kind === 'self_audit' || plan.inspectorIds.length > 0, {
    message: 'Назначьте хотя бы одного проверяющего',
    path: ['inspectorIds'],
  });
export type PlannedVisitInput = z.infer<typeof plannedVisitInputSchema>;

/** What may change in a plan: its date, who goes, the note; or it is cancelled. */
export const plannedVisitChangeSchema = z
  .object({
    plannedOn: isoDateSchema,
    inspectorIds: inspectorIdsSchema,
    note: z.string().trim().max(2000),
    cancelled: z.boolean(),
  })
  .partial();
export type PlannedVisitChange = z.infer<typeof plannedVisitChangeSchema>;

/** The visit started from a plan, as far as the plan needs to know it. */
export const planVisitSchema = z.object({
  id: z.uuid(),
  status: visitStatusSchema,
  authorId: z.uuid(),
});

export const plannedVisitSchema = z.object({
  id: z.uuid(),
  schoolId: z.uuid(),
  checklistId: checklistIdSchema,
  kind: visitKindSchema,
  plannedOn: isoDateSchema,
  inspectorIds: z.array(z.uuid()),
  round: z.string(),
  note: z.string(),
  cancelled: z.boolean(),
  createdBy: z.uuid(),
  updatedAt: z.iso.datetime(),
  /** The latest visit started from it, if any. */
  visit: planVisitSchema.nullable(),
});
export type PlannedVisit = z.infer<typeof plannedVisitSchema>;

export const plannedVisitListSchema = z.object({ plans: z.array(plannedVisitSchema) });
export type PlannedVisitList = z.infer<typeof plannedVisitListSchema>;

/**
 * A whole monitoring round at once: the schools of the district visited on the
 * working days of a period, a few a day, each by an inspector who covers it.
 */
export const roundRequestSchema = z
  .object({
    round: z.string().trim().min(1, 'Назовите этап мониторинга').max(200),
    from: isoDateSchema,
    to: isoDateSchema,
    schoolIds: z.array(z.uuid()).min(1, 'Выберите хотя бы одну школу').max(1000),
    checklistIds: z.array(checklistIdSchema).min(1, 'Выберите хотя бы один чек-лист').max(10),
    /** How many schools a day the working group visits at most. */
    perDay: z.number().int().min(1).max(20).default(2),
    /** Whom to send; none means the inspectors who cover each school. */
    inspectorIds: inspectorIdsSchema.default([]),
  })
  .refine((round) => round.from <= round.to, {
    message: 'Начало периода позже его конца',
    path: ['to'],
  });
export type RoundRequest = z.infer<typeof roundRequestSchema>;

/** A school of a round that could not be planned, and why (in Russian). */
export const roundIssueSchema = z.object({ schoolId: z.uuid(), message: z.string() });

export const roundPreviewSchema = z.object({
  plans: z.array(plannedVisitInputSchema),
  issues: z.array(roundIssueSchema),
});
export type RoundPreview = z.infer<typeof roundPreviewSchema>;

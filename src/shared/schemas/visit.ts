import { z } from 'zod';
import { answerSchema } from '../checklist/answer-schema.ts';
import { checklistIdSchema } from '../checklist/definition-schema.ts';

export const visitKinds = ['inspection', 'self_audit'] as const;
export const visitKindSchema = z.enum(visitKinds);
export type VisitKind = z.infer<typeof visitKindSchema>;

/** draft → completed → accepted, or returned (with comments) and back to draft. */
export const visitStatuses = ['draft', 'completed', 'accepted', 'returned'] as const;
export const visitStatusSchema = z.enum(visitStatuses);
export type VisitStatus = z.infer<typeof visitStatusSchema>;

export const isoDateSchema = z.iso.date('Дата в формате ГГГГ-ММ-ДД');

/** The school's acknowledgement of the visit's results. */
export const acknowledgementSchema = z.object({
  name: z.string().trim().min(1, 'Укажите ФИО представителя школы').max(200),
  position: z.string().trim().min(1, 'Укажите должность').max(200),
  /** A finger signature (the SHA-256 of its PNG among the attachments) or «ознакомлен». */
  signature: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
  objections: z.string().max(4000).default(''),
  at: z.iso.datetime(),
});
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

/** A reviewer's remark on one question (an item key, or `group/rowId/item` in a table). */
export const itemCommentSchema = z.object({
  itemKey: z.string().min(1).max(200),
  text: z.string().trim().min(1, 'Комментарий к вопросу пуст').max(4000),
});
export type ItemComment = z.infer<typeof itemCommentSchema>;

/** One step of a visit's life: who moved it, when, from what to what, and why. */
export const statusChangeSchema = z.object({
  at: z.iso.datetime(),
  by: z.uuid(),
  from: visitStatusSchema.nullable(),
  to: visitStatusSchema,
  note: z.string().max(4000).default(''),
  /** On a return for correction: what to correct, question by question. */
  comments: z.array(itemCommentSchema).max(500).default([]),
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const visitSchema = z.object({
  id: z.uuid(),
  schoolId: z.uuid(),
  checklistId: checklistIdSchema,
  /** The version the visit started on; it is finished on it even after a newer one appears. */
  checklistVersion: z.number().int().min(1),
  kind: visitKindSchema,
  /** The planned visit it carries out, when it was started from the plan. */
  planId: z.uuid().nullable().default(null),
  date: isoDateSchema,
  commission: z.array(z.string().trim().min(1).max(200)).max(20),
  authorId: z.uuid(),
  status: visitStatusSchema,
  findings: z.string().max(20_000),
  recommendations: z.string().max(20_000),
  acknowledgement: acknowledgementSchema.nullable(),
  history: z.array(statusChangeSchema),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Visit = z.infer<typeof visitSchema>;

/** One answer of a visit: `key` is an item key, or `group/rowId/item` inside a table. */
export const storedAnswerSchema = z.object({
  visitId: z.uuid(),
  itemKey: z.string().min(1).max(200),
  answer: answerSchema,
  updatedAt: z.iso.datetime(),
});
export type StoredAnswer = z.infer<typeof storedAnswerSchema>;

/** A row of a table in a visit (a staff member, a journal), ordered by `position`. */
export const visitRowSchema = z.object({
  id: z.uuid(),
  visitId: z.uuid(),
  group: z.string().min(1),
  position: z.number(),
  createdAt: z.iso.datetime(),
});
export type VisitRow = z.infer<typeof visitRowSchema>;

export const actionStatuses = ['open', 'done', 'not_done'] as const;
export const actionStatusSchema = z.enum(actionStatuses);
export type ActionStatus = z.infer<typeof actionStatusSchema>;

/** A corrective action agreed at a visit; followed up at the school's next visit. */
export const correctiveActionSchema = z.object({
  id: z.uuid(),
  visitId: z.uuid(),
  schoolId: z.uuid(),
  what: z.string().max(2000),
  responsible: z.string().max(200),
  deadline: z.union([isoDateSchema, z.literal('')]),
  status: actionStatusSchema,
  /** What was found at the follow-up. */
  comment: z.string().max(4000),
  /** The visit at which it was followed up, once it was. */
  followedUpIn: z.uuid().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type CorrectiveAction = z.infer<typeof correctiveActionSchema>;

/** A content address: the SHA-256 of a file's bytes, in lowercase hex. */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * A photo attached to an item of a visit (`itemKey` as for answers). The image
 * itself is stored and uploaded by its SHA-256; this is its description.
 */
export const attachmentSchema = z.object({
  id: z.uuid(),
  visitId: z.uuid(),
  itemKey: z.string().min(1).max(200),
  sha256: sha256Schema,
  width: z.number().int().min(1).max(10_000),
  height: z.number().int().min(1).max(10_000),
  bytes: z.number().int().min(1),
  mimeType: z.literal('image/jpeg'),
  /** When the camera made the file, as the file says. */
  takenAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

import { z } from 'zod';

/** What a person entered for one item: yes/no/partly as strings, numbers, text, choices. */
export const answerValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

/** One item's answer: its value or «не применимо», a note and photo evidence (SHA-256 ids). */
export const answerSchema = z.object({
  value: answerValueSchema.optional(),
  na: z.boolean().optional(),
  note: z.string().max(4000).optional(),
  photos: z.array(z.string().regex(/^[0-9a-f]{64}$/)).optional(),
});
export type Answer = z.infer<typeof answerSchema>;

/** One row of a repeat group: a staff member of the roster, a journal of the sample. */
export const rowSchema = z.object({
  id: z.string().min(1),
  answers: z.record(z.string(), answerSchema),
});
export type Row = z.infer<typeof rowSchema>;

/** Every answer of a visit: top-level items by key, and the rows of each repeat group. */
export const answersSchema = z.object({
  items: z.record(z.string(), answerSchema),
  groups: z.record(z.string(), z.array(rowSchema)),
});
export type Answers = z.infer<typeof answersSchema>;

export const noAnswers: Answers = { items: {}, groups: {} };

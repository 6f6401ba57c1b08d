import { z } from 'zod';

/** One of the two values of a field that two devices changed without seeing each other. */
export const conflictSideSchema = z.object({
  value: z.unknown(),
  hlc: z.string(),
  clientId: z.string(),
  /** Who wrote it, when the server knows the device. */
  userId: z.uuid().nullable(),
});
export type ConflictSide = z.infer<typeof conflictSideSchema>;

/**
 * A field of a record of a visit that two devices changed concurrently: the
 * value kept (the later clock) and the one that lost, until a person chooses.
 */
export const conflictSchema = z.object({
  id: z.uuid(),
  visitId: z.uuid(),
  collection: z.enum(['visits', 'answers', 'rows', 'actions', 'attachments']),
  recordId: z.string().min(1),
  /** The field path (`answer.value`, `findings`). */
  field: z.string().min(1),
  kept: conflictSideSchema,
  lost: conflictSideSchema,
  createdAt: z.iso.datetime(),
  resolution: z
    .object({
      keep: z.enum(['kept', 'lost']),
      by: z.uuid(),
      at: z.iso.datetime(),
    })
    .nullable(),
});
export type Conflict = z.infer<typeof conflictSchema>;

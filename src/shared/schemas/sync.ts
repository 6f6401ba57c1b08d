import { z } from 'zod';
import { problemSchema } from './problem.ts';
import { acknowledgementSchema, itemCommentSchema, visitStatusSchema } from './visit.ts';
import { syncCollectionSchema } from '../sync/collections.ts';
import { parseHlc } from '../sync/hlc.ts';

/** A device's hybrid logical clock at the time of a change. */
export const hlcSchema = z.string().refine((text) => parseHlc(text) !== null, {
  message: 'Метка времени изменения в неверном формате',
});

/** The device's mutation number: 1, 2, 3 … with no gaps. */
const midSchema = z.number().int().min(1);
const entityIdSchema = z.string().min(1).max(300);

/** Fields a device changed in one record, and the server versions it had seen of them. */
const putSchema = z.object({
  op: z.literal('put'),
  mid: midSchema,
  collection: syncCollectionSchema,
  id: entityIdSchema,
  /** The changed fields (`answer.note`); every field when the record is new. */
  fields: z.record(z.string(), z.unknown()),
  /** Per changed field, the version of the server's value it was changed from (0: none). */
  base: z.record(z.string(), z.number().int().min(0)),
  hlc: hlcSchema,
});

const deleteSchema = z.object({
  op: z.literal('delete'),
  mid: midSchema,
  collection: syncCollectionSchema,
  id: entityIdSchema,
  hlc: hlcSchema,
});

/** A visit's status change: checked on the server, never last-writer-wins. */
const transitionSchema = z.object({
  op: z.literal('transition'),
  mid: midSchema,
  collection: z.literal('visits'),
  id: z.uuid(),
  to: visitStatusSchema,
  note: z.string().max(4000).default(''),
  /** A return's remarks on single questions. */
  comments: z.array(itemCommentSchema).max(500).default([]),
  acknowledgement: acknowledgementSchema.nullable().optional(),
  hlc: hlcSchema,
});

/** A person's choice between the two values of a conflict. */
const resolveSchema = z.object({
  op: z.literal('resolve'),
  mid: midSchema,
  conflictId: z.uuid(),
  keep: z.enum(['kept', 'lost']),
  hlc: hlcSchema,
});

export const mutationSchema = z.discriminatedUnion('op', [
  putSchema,
  deleteSchema,
  transitionSchema,
  resolveSchema,
]);
export type Mutation = z.infer<typeof mutationSchema>;

export const MAX_MUTATIONS_PER_PUSH = 500;

export const pushRequestSchema = z.object({
  clientId: z.uuid(),
  /** The server identity the device last synced with (null on its first sync). */
  epoch: z.string().nullable(),
  mutations: z.array(mutationSchema).min(1).max(MAX_MUTATIONS_PER_PUSH),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

/** One record as the server holds it now (a deleted one as a tombstone). */
export const syncRecordSchema = z.object({
  collection: syncCollectionSchema,
  id: entityIdSchema,
  /** The version of its latest write: pulls page by it. */
  version: z.number().int(),
  data: z.record(z.string(), z.unknown()),
  /** Per editable field, the version that last wrote it: a device's next edit is based on it. */
  versions: z.record(z.string(), z.number().int()),
  deleted: z.boolean(),
});
export type SyncRecord = z.infer<typeof syncRecordSchema>;

export const pushResultSchema = z.object({
  mid: midSchema,
  /** `duplicate`: applied by an earlier push whose answer never arrived. */
  status: z.enum(['applied', 'duplicate', 'rejected']),
  /** For an applied put: the new server version of each field it wrote. */
  versions: z.record(z.string(), z.number().int()).optional(),
  /** For a rejection: why, in Russian; the device shows it and goes on. */
  problem: problemSchema.optional(),
  /**
   * The record as the server holds it after the push (absent when it never
   * existed): a device whose value lost, or was refused, takes the server's.
   */
  record: syncRecordSchema.optional(),
});
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushResponseSchema = z.object({
  epoch: z.string(),
  /** The highest mutation of this device the server has (applied or rejected). */
  lastMid: z.number().int().min(0),
  results: z.array(pushResultSchema),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullRequestSchema = z.object({
  clientId: z.uuid(),
  epoch: z.string().nullable(),
  /** Where the previous page ended; null for everything. */
  cursor: z.string().max(500).nullable(),
  limit: z.number().int().min(1).max(2000).default(500),
});
export type PullRequest = z.infer<typeof pullRequestSchema>;

export const pullResponseSchema = z.object({
  epoch: z.string(),
  records: z.array(syncRecordSchema),
  cursor: z.string(),
  hasMore: z.boolean(),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

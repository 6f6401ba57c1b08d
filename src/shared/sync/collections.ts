import { z } from 'zod';
import { answerRecordId } from '../checklist/answer-keys.ts';
import {
  attachmentSchema,
  correctiveActionSchema,
  storedAnswerSchema,
  visitRowSchema,
  visitSchema,
} from '../schemas/visit.ts';
import { conflictSchema } from '../schemas/conflict.ts';
import { editableFields } from './editable-fields.ts';
import type { RecordData } from './field-paths.ts';

/**
 * What the device and the server keep in step: a visit and everything recorded
 * in it, and the conflicts found in them (written by the server only).
 */
export const syncCollections = [
  'visits',
  'answers',
  'rows',
  'actions',
  'attachments',
  'conflicts',
] as const;
export const syncCollectionSchema = z.enum(syncCollections);
export type SyncCollection = z.infer<typeof syncCollectionSchema>;

export interface CollectionRules {
  /** The whole record, as both sides store it. */
  schema: z.ZodType;
  /**
   * The fields a change may set once the record exists, each merged on its
   * own. The others are set when the record is created and never change
   * (a visit's status changes only through a checked transition).
   */
  editable: readonly string[];
  /** Whether devices may create and change it (conflicts change only by a person's choice). */
  pushable: boolean;
  idOf: (record: RecordData) => string;
  visitIdOf: (record: RecordData) => string;
}

const text = (record: RecordData, key: string): string => {
  const value = record[key];
  return typeof value === 'string' ? value : '';
};
const ownId = (record: RecordData) => text(record, 'id');
const visitOf = (record: RecordData) => text(record, 'visitId');

export const collectionRules: Record<SyncCollection, CollectionRules> = {
  visits: {
    schema: visitSchema,
    editable: editableFields.visits,
    pushable: true,
    idOf: ownId,
    visitIdOf: ownId,
  },
  answers: {
    schema: storedAnswerSchema,
    editable: editableFields.answers,
    pushable: true,
    idOf: (record) => answerRecordId(text(record, 'visitId'), text(record, 'itemKey')),
    visitIdOf: visitOf,
  },
  rows: {
    schema: visitRowSchema,
    editable: editableFields.rows,
    pushable: true,
    idOf: ownId,
    visitIdOf: visitOf,
  },
  actions: {
    schema: correctiveActionSchema,
    editable: editableFields.actions,
    pushable: true,
    idOf: ownId,
    visitIdOf: visitOf,
  },
  attachments: {
    schema: attachmentSchema,
    editable: editableFields.attachments,
    pushable: true,
    idOf: ownId,
    visitIdOf: visitOf,
  },
  conflicts: {
    schema: conflictSchema,
    editable: editableFields.conflicts,
    pushable: false,
    idOf: ownId,
    visitIdOf: visitOf,
  },
};

/** The fields of an action a follow-up at a later visit may change. */
export const followUpFields = ['status', 'comment', 'followedUpIn'] as const;

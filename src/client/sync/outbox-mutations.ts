import type { Mutation } from '../../shared/schemas/sync.ts';
import type { Acknowledgement, StatusChange } from '../../shared/schemas/visit.ts';
import {
  collectionRules,
  syncCollectionSchema,
  type SyncCollection,
} from '../../shared/sync/collections.ts';
import { getField, type RecordData } from '../../shared/sync/field-paths.ts';
import type { OutboxRow } from '../db/rows.ts';

/** The server versions of a record's fields, as the device last saw them. */
export type SeenVersions = Record<string, number> | undefined;

interface TransitionPayload {
  /** Rows queued before remarks per question existed have no `comments`. */
  change: Omit<StatusChange, 'comments'> & Partial<Pick<StatusChange, 'comments'>>;
  acknowledgement?: Acknowledgement | null;
}

interface ResolvePayload {
  conflictId: string;
  keep: 'kept' | 'lost';
}

/** JSON has no `undefined`: a field the device cleared travels as `null`. */
const sendable = (value: unknown) => (value === undefined ? null : value);

function putOf(
  row: OutboxRow,
  collection: SyncCollection,
  seen: SeenVersions,
): Omit<Extract<Mutation, { op: 'put' }>, 'mid' | 'hlc'> {
  const payload = row.payload as RecordData;
  const changed = row.fields ?? (row.op === 'patch' ? Object.keys(payload) : undefined);
  const paths = changed ?? collectionRules[collection].editable;
  const base = Object.fromEntries(paths.map((path) => [path, seen?.[path] ?? 0]));
  const fields = changed
    ? Object.fromEntries(changed.map((path) => [path, sendable(getField(payload, path))]))
    : payload;
  return { op: 'put', collection, id: row.entityId, fields, base };
}

/**
 * The mutation an outbox row is sent as: a put carries the fields it changed
 * (the whole record when it is new) and the versions they were changed from.
 */
export function toMutation(row: OutboxRow, seen: SeenVersions, hlc: string): Mutation {
  const common = { mid: row.mutationId, hlc };
  if (row.op === 'resolve') {
    const { conflictId, keep } = row.payload as ResolvePayload;
    return { ...common, op: 'resolve', conflictId, keep };
  }
  const collection = syncCollectionSchema.parse(row.table);
  if (row.op === 'delete') return { ...common, op: 'delete', collection, id: row.entityId };
  if (row.op === 'transition') {
    const { change, acknowledgement } = row.payload as TransitionPayload;
    return {
      ...common,
      op: 'transition',
      collection: 'visits',
      id: row.entityId,
      to: change.to,
      note: change.note,
      comments: change.comments ?? [],
      ...(acknowledgement === undefined ? {} : { acknowledgement }),
    };
  }
  return { ...common, ...putOf(row, collection, seen) };
}

import { rowAnswerKey } from '../../../shared/checklist/answer-keys.ts';
import type { Problem, ProblemCode } from '../../../shared/schemas/problem.ts';
import type { User } from '../../../shared/schemas/user.ts';
import type { SyncCollection } from '../../../shared/sync/collections.ts';
import type { RecordData } from '../../../shared/sync/field-paths.ts';
import type { FieldStamps, LostValue } from '../../../shared/sync/merge-fields.ts';
import { ProblemError } from '../../problem-error.ts';
import type { VisitAccess } from './access.ts';

/** A record as the server stores it. */
export interface StoredRecord {
  collection: SyncCollection;
  id: string;
  visitId: string;
  version: number;
  data: RecordData;
  stamps: FieldStamps;
  deleted: boolean;
}

/**
 * The version written by this push, known only once it commits: every write
 * carries it until the push takes its real version at the end.
 */
export const THIS_PUSH = -1;

/** What the item keys of the answers in a table's row begin with (`group/rowId/`). */
export const rowAnswerPrefix = (row: StoredRecord) =>
  rowAnswerKey(String(row.data.group), row.id, '');

export const recordKey = (collection: string, id: string) => `${collection}/${id}`;

/** A value that lost to a concurrent one, to be kept as a conflict record. */
export interface FoundConflict {
  collection: SyncCollection;
  recordId: string;
  visitId: string;
  lost: LostValue;
}

/** Who pushes, from which device, with the server's clock. */
export interface Actor {
  user: User;
  clientId: string;
  now: Date;
}

/**
 * What a push works on in memory, loaded and locked at its start and written
 * back at its end: the records its mutations touch and their visits.
 */
export interface PushState {
  records: Map<string, StoredRecord>;
  visits: Map<string, VisitAccess>;
  /** Schools that exist, among those that new visits name. */
  schools: ReadonlySet<string>;
  /** Plans that exist, among those that new visits name. */
  plans: ReadonlySet<string>;
  /** Users of devices whose writes the loaded records carry. */
  usersOfClients: ReadonlyMap<string, string>;
  changed: Set<string>;
  changedVisits: Set<string>;
  /** Visits whose records all take this push's version: a school now sees them. */
  revealed: Set<string>;
  conflicts: FoundConflict[];
}

export function emptyPushState(): PushState {
  return {
    records: new Map(),
    visits: new Map(),
    schools: new Set(),
    plans: new Set(),
    usersOfClients: new Map(),
    changed: new Set(),
    changedVisits: new Set(),
    revealed: new Set(),
    conflicts: [],
  };
}

export type Outcome =
  { status: 'applied'; written: string[] } | { status: 'rejected'; problem: Problem };

export const applied = (written: string[] = []): Outcome => ({ status: 'applied', written });

export function rejected(
  code: ProblemCode,
  details?: Record<string, unknown>,
  message?: string,
): Outcome {
  return { status: 'rejected', problem: new ProblemError(code, details, message).problem };
}

/** Stores a changed record: it is written back, with this push's version, at the end. */
export function keep(state: PushState, record: StoredRecord): void {
  const key = recordKey(record.collection, record.id);
  state.records.set(key, { ...record, version: THIS_PUSH });
  state.changed.add(key);
}

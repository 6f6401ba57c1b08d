import type { OutboxRow } from './rows.ts';

/** The setting that holds the device's next mutation id. */
export const NEXT_MUTATION_ID = 'nextMutationId';

export type Change = Pick<OutboxRow, 'table' | 'entityId' | 'op' | 'payload'>;

/** Where the outbox stands: its last row and the next mutation id. */
export interface OutboxCursor {
  last: OutboxRow | undefined;
  next: number;
}

/** The cursor from what the outbox and the setting hold (an empty device starts at 1). */
export function outboxCursor(last: OutboxRow | undefined, storedNext: unknown): OutboxCursor {
  return { last, next: typeof storedNext === 'number' ? storedNext : 1 };
}

/**
 * What recording `change` writes: a new row with the next contiguous mutation
 * id, or — typing a note writes on every keystroke — the last row again when it
 * is a put of the same record, so that consecutive puts stay one change.
 */
export type OutboxWrite =
  | { kind: 'replace'; row: OutboxRow & { seq: number } }
  | { kind: 'add'; row: OutboxRow; nextMutationId: number };

export function outboxWrite(cursor: OutboxCursor, change: Change, createdAt: string): OutboxWrite {
  const { last, next } = cursor;
  if (
    last?.seq !== undefined &&
    change.op === 'put' &&
    last.op === 'put' &&
    last.table === change.table &&
    last.entityId === change.entityId
  ) {
    return { kind: 'replace', row: { ...last, seq: last.seq, payload: change.payload, createdAt } };
  }
  return { kind: 'add', row: { ...change, mutationId: next, createdAt }, nextMutationId: next + 1 };
}

import type { OutboxRow } from './rows.ts';

/** The setting that holds the device's next mutation id. */
export const NEXT_MUTATION_ID = 'nextMutationId';

export type Change = Pick<OutboxRow, 'table' | 'entityId' | 'op' | 'payload' | 'fields'>;

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
 * changes the same record the same way and is not on its way to the server, so
 * that consecutive edits stay one change.
 */
export type OutboxWrite =
  | { kind: 'replace'; row: OutboxRow & { seq: number } }
  | { kind: 'add'; row: OutboxRow; nextMutationId: number };

/** The fields two consecutive edits changed together (none listed: the whole record). */
function unionOf(earlier: string[] | undefined, later: string[] | undefined): string[] | undefined {
  if (earlier === undefined || later === undefined) return undefined;
  return [...new Set([...earlier, ...later])];
}

function mergesInto(
  last: OutboxRow | undefined,
  change: Change,
): last is OutboxRow & { seq: number } {
  return (
    last?.seq !== undefined &&
    last.sent !== true &&
    (change.op === 'put' || change.op === 'patch') &&
    last.op === change.op &&
    last.table === change.table &&
    last.entityId === change.entityId
  );
}

export function outboxWrite(cursor: OutboxCursor, change: Change, createdAt: string): OutboxWrite {
  const { last, next } = cursor;
  if (mergesInto(last, change)) {
    // A put carries the whole record; a patch only its fields, so those add up.
    const payload =
      change.op === 'patch'
        ? { ...(last.payload as object), ...(change.payload as object) }
        : change.payload;
    const fields = unionOf(last.fields, change.fields);
    const { fields: _old, ...rest } = last;
    return {
      kind: 'replace',
      row: { ...rest, ...(fields ? { fields } : {}), seq: last.seq, payload, createdAt },
    };
  }
  const { fields, ...rest } = change;
  return {
    kind: 'add',
    row: { ...rest, ...(fields ? { fields } : {}), mutationId: next, createdAt },
    nextMutationId: next + 1,
  };
}

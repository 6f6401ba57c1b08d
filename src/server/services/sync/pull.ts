import type { PullRequest, PullResponse } from '../../../shared/schemas/sync.ts';
import type { User } from '../../../shared/schemas/user.ts';
import type { Queryable } from '../../db/port.ts';
import { ProblemError } from '../../problem-error.ts';
import { pullPage, type PullPosition } from '../../queries/sync-pull.ts';
import { checkedEpoch } from './epoch.ts';
import { toSyncRecord } from './sync-record.ts';

const START: PullPosition = { version: 0, collection: '', id: '' };

/** The opaque cursor a device sends back: where its last page ended. */
export function encodeCursor(position: PullPosition): string {
  return Buffer.from(JSON.stringify([position.version, position.collection, position.id])).toString(
    'base64url',
  );
}

export function decodeCursor(cursor: string | null): PullPosition {
  if (cursor === null) return START;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      Number.isSafeInteger(parsed[0]) &&
      typeof parsed[1] === 'string' &&
      typeof parsed[2] === 'string'
    ) {
      return { version: Number(parsed[0]), collection: parsed[1], id: parsed[2] };
    }
  } catch {
    // Reported below, whatever was wrong with it.
  }
  throw new ProblemError(
    'bad_request',
    { cursor },
    'Курсор синхронизации повреждён: начните получение заново.',
  );
}

/**
 * The records the person sees that were written after the cursor, oldest
 * version first. Versions follow commit order, so a page never skips a write
 * that commits later.
 */
export async function pullChanges(
  db: Queryable,
  user: User,
  request: PullRequest,
): Promise<PullResponse> {
  const epoch = await checkedEpoch(db, request.epoch);
  const after = decodeCursor(request.cursor);
  const rows = await pullPage(db, user, after, request.limit + 1);
  const page = rows.slice(0, request.limit);
  const last = page.at(-1);
  return {
    epoch,
    records: page.map(toSyncRecord),
    cursor: encodeCursor(
      last ? { version: last.version, collection: last.collection, id: last.id } : after,
    ),
    hasMore: rows.length > request.limit,
  };
}

import type { Problem } from '../../shared/schemas/problem.ts';
import type { Queryable } from '../db/port.ts';

/**
 * The device's row, created on its first push and locked until the push
 * commits: two pushes of one device never interleave.
 */
export async function lockClient(
  tx: Queryable,
  clientId: string,
  userId: string,
): Promise<{ userId: string; lastMid: number }> {
  // One statement: the update of an existing row (to itself) locks it like FOR UPDATE.
  const rows = await tx.query<{ user_id: string; last_mid: string | number }>(
    `INSERT INTO sync_clients (client_id, user_id) VALUES ($1, $2)
     ON CONFLICT (client_id) DO UPDATE SET client_id = excluded.client_id
     RETURNING user_id, last_mid`,
    [clientId, userId],
  );
  const row = rows[0];
  if (!row) throw new Error(`Устройство ${clientId} пропало посреди транзакции`);
  return { userId: row.user_id, lastMid: Number(row.last_mid) };
}

export async function advanceClient(
  tx: Queryable,
  clientId: string,
  lastMid: number,
  now: Date,
): Promise<void> {
  await tx.query(
    'UPDATE sync_clients SET last_mid = GREATEST(last_mid, $2), last_push_at = $3 WHERE client_id = $1',
    [clientId, lastMid, now],
  );
}

/** The last mutation the server has of a device (0 for a device it has never seen). */
export async function lastMidOf(db: Queryable, clientId: string): Promise<number> {
  const rows = await db.query<{ last_mid: string | number }>(
    'SELECT last_mid FROM sync_clients WHERE client_id = $1',
    [clientId],
  );
  return Number(rows[0]?.last_mid ?? 0);
}

export interface Rejection {
  mid: number;
  mutation: unknown;
  problem: unknown;
}

export async function insertRejections(
  tx: Queryable,
  clientId: string,
  userId: string,
  rejections: readonly Rejection[],
): Promise<void> {
  if (rejections.length === 0) return;
  await tx.query(
    `INSERT INTO sync_rejections (client_id, mid, user_id, mutation, problem)
     SELECT $1, x.mid, $2, x.mutation, x.problem
     FROM jsonb_to_recordset($3::jsonb) AS x(mid bigint, mutation jsonb, problem jsonb)
     ON CONFLICT (client_id, mid) DO NOTHING`,
    [clientId, userId, JSON.stringify(rejections)],
  );
}

/** Of these mutations of the device, the ones refused, with the problem each was refused for. */
export async function refusalsOf(
  tx: Queryable,
  clientId: string,
  mids: readonly number[],
): Promise<Map<number, Problem>> {
  if (mids.length === 0) return new Map();
  const rows = await tx.query<{ mid: string | number; problem: Problem }>(
    'SELECT mid, problem FROM sync_rejections WHERE client_id = $1 AND mid = ANY($2::bigint[])',
    [clientId, mids],
  );
  return new Map(rows.map((row) => [Number(row.mid), row.problem]));
}

/** Who uses each of these devices: a conflict names the person behind each value. */
export async function usersOfClients(
  tx: Queryable,
  clientIds: readonly string[],
): Promise<Map<string, string>> {
  if (clientIds.length === 0) return new Map();
  const rows = await tx.query<{ client_id: string; user_id: string }>(
    'SELECT client_id, user_id FROM sync_clients WHERE client_id::text = ANY($1::text[])',
    [clientIds],
  );
  return new Map(rows.map((row) => [row.client_id, row.user_id]));
}

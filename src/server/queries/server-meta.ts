import type { Queryable } from '../db/port.ts';

export async function readEpoch(db: Queryable): Promise<string> {
  const rows = await db.query<{ value: string }>(
    "SELECT value FROM server_meta WHERE key = 'epoch'",
  );
  const epoch = rows[0]?.value;
  if (epoch === undefined) throw new Error('В базе нет эпохи сервера: миграции не применены');
  return epoch;
}

/** A new epoch: every device meeting it starts over (after a backup was restored). */
export async function renewEpoch(db: Queryable): Promise<string> {
  const rows = await db.query<{ value: string }>(
    "UPDATE server_meta SET value = gen_random_uuid()::text WHERE key = 'epoch' RETURNING value",
  );
  const epoch = rows[0]?.value;
  if (epoch === undefined) throw new Error('В базе нет эпохи сервера: миграции не применены');
  return epoch;
}

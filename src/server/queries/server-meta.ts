import type { Queryable } from '../db/port.ts';

function epochIn(rows: readonly { value: string }[]): string {
  const epoch = rows[0]?.value;
  if (epoch === undefined) throw new Error('В базе нет эпохи сервера: миграции не применены');
  return epoch;
}

export async function readEpoch(db: Queryable): Promise<string> {
  return epochIn(
    await db.query<{ value: string }>("SELECT value FROM server_meta WHERE key = 'epoch'"),
  );
}

/** A new epoch: every device meeting it starts over (after a backup was restored). */
export async function renewEpoch(db: Queryable): Promise<string> {
  return epochIn(
    await db.query<{ value: string }>(
      "UPDATE server_meta SET value = gen_random_uuid()::text WHERE key = 'epoch' RETURNING value",
    ),
  );
}

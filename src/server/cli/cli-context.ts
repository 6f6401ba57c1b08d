import { parseConfig } from '../config.ts';
import { lockDataDir } from '../db/data-dir-lock.ts';
import { migrate } from '../db/migrate.ts';
import { openDb } from '../db/open-db.ts';
import type { Db } from '../db/port.ts';

export class CliError extends Error {}

/** Opens the configured database for one command, refusing while a server holds PGlite. */
export async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const config = parseConfig(process.env);
  const release = lockDataDir(config, 'выполнение команды');
  try {
    const db = await openDb(config);
    try {
      await migrate(db);
      return await work(db);
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
}

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import { openPgliteDb } from './pglite-db.ts';
import type { Db } from './port.ts';
import { openPostgresDb } from './postgres-db.ts';

/** PostgreSQL when DATABASE_URL is set, otherwise PGlite in DATA_DIR/pglite. */
export async function openDb(
  config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR' | 'PGLITE_SHARED_BUFFERS_MB'>,
): Promise<Db> {
  if (config.DATABASE_URL !== undefined) return openPostgresDb(config.DATABASE_URL);
  const dir = path.join(config.DATA_DIR, 'pglite');
  await mkdir(dir, { recursive: true });
  return openPgliteDb(dir, config.PGLITE_SHARED_BUFFERS_MB);
}

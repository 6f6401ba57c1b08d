import { PGlite } from '@electric-sql/pglite';
import { autoAnalyze } from './pglite-analyze.ts';
import type { Db, Queryable } from './port.ts';

function queryable(target: Pick<PGlite, 'query' | 'exec'>): Queryable {
  return {
    async query<Row extends object>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<Row>(sql, [...params]);
      return result.rows;
    },
    async exec(sql) {
      await target.exec(sql);
    },
  };
}

/**
 * PostgreSQL's page cache when the server does not say otherwise. The engine
 * lives in the server's process, so its 128 MB default would be the biggest
 * part of the server's memory; the operating system caches the data folder's
 * files anyway, and a district's dashboard and exports take as long with 16 MB.
 */
export const PGLITE_SHARED_BUFFERS_MB = 16;

/** Embedded PostgreSQL in a data folder; `undefined` keeps it in memory (tests). */
export async function openPgliteDb(
  dataDir: string | undefined,
  sharedBuffersMb = PGLITE_SHARED_BUFFERS_MB,
): Promise<Db> {
  const options = {
    startParams: [
      ...PGlite.defaultStartParams,
      '-c',
      `shared_buffers=${String(sharedBuffersMb)}MB`,
    ],
  };
  const pg = await PGlite.create(dataDir === undefined ? options : { ...options, dataDir });
  const analyzer = autoAnalyze(pg);
  return {
    kind: 'pglite',
    ...queryable(pg),
    async transaction(work) {
      const result = await pg.transaction((tx) => work(queryable(tx)));
      // Without autovacuum, the tables are analyzed after writes (pglite-analyze.ts).
      analyzer.afterWrite();
      return result;
    },
    async close() {
      await analyzer.stop();
      await pg.close();
    },
  };
}

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

/** Embedded PostgreSQL in a data folder; `undefined` keeps it in memory (tests). */
export async function openPgliteDb(dataDir: string | undefined): Promise<Db> {
  const pg = dataDir === undefined ? await PGlite.create() : await PGlite.create(dataDir);
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

import { PGlite } from '@electric-sql/pglite';
import { afterEach, describe, expect, it } from 'vitest';
import { autoAnalyze, type AutoAnalyze } from '../../src/server/db/pglite-analyze.ts';

/** When the table was last analyzed (ms since the epoch), or 0 when never. */
async function lastAnalyzed(pg: PGlite): Promise<number> {
  const rows = await pg.query<{ last_analyze: Date | null }>(
    "SELECT last_analyze FROM pg_stat_user_tables WHERE relname = 'notes'",
  );
  return rows.rows[0]?.last_analyze?.getTime() ?? 0;
}

async function until(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('the condition did not come true in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('planner statistics in PGlite, which has no autovacuum', () => {
  let pg: PGlite | undefined;
  let analyzer: AutoAnalyze | undefined;
  afterEach(async () => {
    await analyzer?.stop();
    await pg?.close();
  });

  it('are gathered once a table has changed by a tenth, not for fewer changes', async () => {
    const db = await PGlite.create();
    pg = db;
    analyzer = autoAnalyze(db, 0);
    await db.exec('CREATE TABLE notes (id int PRIMARY KEY, body text)');
    await db.exec("INSERT INTO notes SELECT g, 'note ' || g FROM generate_series(1, 1000) g");
    expect(await lastAnalyzed(db)).toBe(0);

    analyzer.afterWrite();
    await until(async () => (await lastAnalyzed(db)) > 0);
    const first = await lastAnalyzed(db);

    // Fewer than autovacuum's threshold: 50 rows and a tenth of the table.
    await db.exec("UPDATE notes SET body = 'changed' WHERE id <= 20");
    analyzer.afterWrite();
    await pause(300);
    expect(await lastAnalyzed(db)).toBe(first);

    await db.exec("UPDATE notes SET body = 'changed again' WHERE id <= 200");
    analyzer.afterWrite();
    await until(async () => (await lastAnalyzed(db)) > first);
  });
});

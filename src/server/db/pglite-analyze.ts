import type { PGlite } from '@electric-sql/pglite';

/** At most one look at the tables' change counts in this long, by default. */
const CHECK_INTERVAL_MS = 10_000;

/**
 * Tables changed by more than this since their last analyze: autovacuum's
 * defaults (autovacuum_analyze_threshold 50, autovacuum_analyze_scale_factor 0.1).
 */
const STALE_TABLES = `SELECT format('%I.%I', schemaname, relname) AS name
  FROM pg_stat_user_tables WHERE n_mod_since_analyze > 50 + 0.1 * n_live_tup`;

export interface AutoAnalyze {
  /** Called after each transaction: the tables are looked at soon if not lately. */
  afterWrite(): void;
  /** Stops looking; waits for an analyze under way. */
  stop(): Promise<void>;
}

/**
 * What autovacuum does for the planner, which PGlite (PostgreSQL in one
 * process, without background workers) never does: the tables a lot was
 * written to since are analyzed. Without statistics the planner guesses, and
 * guessed badly for the pull (it took the join with the visits for a rare
 * match and scanned and sorted every record for each page: a fresh device's
 * pull of 100,000 records spent over ten seconds on the server). A look costs
 * a query on the statistics views; an analyze of 100,000 records about 0.1 s,
 * once the tables have grown by a tenth. The transaction that wrote does not
 * wait for it; queries arriving meanwhile do (PGlite runs one at a time).
 */
export function autoAnalyze(
  pg: Pick<PGlite, 'query' | 'exec'>,
  intervalMs = CHECK_INTERVAL_MS,
): AutoAnalyze {
  let lastLook = -Infinity;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const look = async () => {
    // The one backend hands its change counts to the statistics views at most once a second.
    await pg.query('SELECT pg_stat_force_next_flush()');
    const stale = await pg.query<{ name: string }>(STALE_TABLES);
    for (const { name } of stale.rows) await pg.exec(`ANALYZE ${name}`);
  };
  // A look after the last write of a burst too, so that reads after it are planned well.
  const schedule = () => {
    if (stopped || timer) return;
    const wait = Math.max(0, lastLook + intervalMs - performance.now());
    timer = setTimeout(start, wait);
    timer.unref();
  };
  function start() {
    timer = undefined;
    if (running) {
      schedule();
      return;
    }
    lastLook = performance.now();
    // Statistics only help: a failed look leaves the planner where it was.
    running = look()
      .catch(() => undefined)
      .finally(() => (running = undefined));
  }

  return {
    afterWrite: schedule,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

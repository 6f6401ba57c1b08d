import { postgresAvailable } from '../fixtures/test-databases.ts';
import type { Bench } from './report.ts';
import { CLIENTS, concurrentPushes } from './sync-concurrent-push.ts';
import { freshDevicePull, type PullFigures } from './sync-fresh-pull.ts';
import { pushCompletedVisits } from './sync-one-device-push.ts';
import { syncReports, type EngineFigures } from './sync-report.ts';
import { startSyncServer, type Engine } from './sync-server.ts';
import { completedVisitTemplate, type VisitTemplate } from './sync-visits.ts';

const VISITS = 1000;
/** A fresh tablet's pull, and the fifty tablets' pushes, are each measured this many times. */
const RUNS = 3;

async function measure(engine: Engine, template: VisitTemplate): Promise<EngineFigures> {
  const server = await startSyncServer(engine, CLIENTS);
  try {
    const push = await pushCompletedVisits(server, template, VISITS);
    await server.settle();
    const pulls: PullFigures[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const pull = await freshDevicePull(server);
      const expected = VISITS * template.records;
      if (pull.stored !== expected) {
        throw new Error(`the fresh tablet holds ${pull.stored} records, not ${expected}`);
      }
      pulls.push(pull);
    }
    const concurrent = await concurrentPushes(server, template, RUNS);
    return { engine, visits: VISITS, push, pulls, concurrent };
  } finally {
    await server.stop();
  }
}

/**
 * The sync under load, against the built server on PGlite, and on PostgreSQL
 * when TEST_DATABASE_URL is set: one tablet pushing a thousand completed
 * visits, a fresh tablet pulling them, fifty tablets pushing at once.
 */
export const syncLoad: Bench = {
  name: 'sync',
  async run() {
    const template = completedVisitTemplate();
    const engines: Engine[] = postgresAvailable ? ['PGlite', 'PostgreSQL'] : ['PGlite'];
    const figures: EngineFigures[] = [];
    for (const engine of engines) figures.push(await measure(engine, template));
    return syncReports(template, figures, postgresAvailable);
  },
};

import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { Run } from '../fixtures/sync-model/run.ts';
import { checkConverged } from '../fixtures/sync-model/server-state.ts';
import { OPENING, skews, steps } from '../fixtures/sync-model/steps.ts';
import { startWorld, type World } from '../fixtures/sync-model/world.ts';
import { testDatabases } from '../fixtures/test-databases.ts';

/**
 * Three devices edit the same visits while the network loses requests, loses
 * answers after the server committed, and delivers kept copies of pushes
 * again later; the device clocks are days apart. A model predicts what the
 * server holds and what every device shows after each step: which edits
 * conflict follows from what each device had shown when it was made. After the
 * network heals, every device must equal the server, every mutation must have
 * been applied once or refused visibly, every concurrent edit of a field to
 * another value must have left one conflict record, and no value may be lost.
 */

/** The device side is what is tested here: one engine is enough. */
const pglite = testDatabases[0]!;

describe('three devices over a network that loses, repeats and reorders requests', () => {
  let world: World | undefined;

  beforeAll(async () => {
    world = await startWorld(await pglite.open());
  });
  afterAll(async () => {
    await world?.app.close();
    await world?.db.close();
  });

  it('ends with every device equal to the server, each change applied once, no value lost', async () => {
    await fc.assert(
      fc.asyncProperty(skews, steps, async (clockSkews, plan) => {
        const run = await Run.start(world!, clockSkews);
        try {
          for (const step of [...OPENING, ...plan]) await run.step(step);
          await run.heal();
          await checkConverged(run);
        } finally {
          await run.close();
        }
      }),
      // A failure found is shrunk for at most this long, then reported as it stands.
      { numRuns: 40, interruptAfterTimeLimit: 150_000, markInterruptAsFailure: true },
    );
  }, 180_000);
});

import { districtLoad } from './district-load.ts';
import { firstScreenJs } from './first-screen-js.ts';
import { offlineFirstScreen } from './offline-first-screen.ts';
import { precacheSize } from './precache-size.ts';
import { formatReport } from './print-table.ts';
import type { Bench } from './report.ts';
import { syncLoad } from './sync-load.ts';
import { visitFilling } from './visit-filling.ts';
import { assertBuilt } from '../support/paths.ts';

/** Every benchmark, in the order printed. A new one is a module added here. */
const benches: Bench[] = [
  firstScreenJs,
  precacheSize,
  offlineFirstScreen,
  visitFilling,
  syncLoad,
  districtLoad,
];

async function main(): Promise<number> {
  assertBuilt();
  let failed = 0;
  for (const bench of benches) {
    try {
      for (const report of await bench.run()) process.stdout.write(`\n${formatReport(report)}`);
    } catch (error) {
      failed += 1;
      console.error(
        `\n${bench.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    }
  }
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();

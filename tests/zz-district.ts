import { districtLoad } from './bench/district-load.ts';
import { formatReport } from './bench/print-table.ts';
for (const report of await districtLoad.run()) process.stdout.write(`\n${formatReport(report)}`);

import { parseArgs } from 'node:util';
import { seedDemoDistrict } from '../services/seed-demo-district.ts';
import { withDb } from './cli-context.ts';

/** Seeds (or refreshes) the demonstration district and prints every login. */
export async function demoSeedCommand(args: string[]): Promise<string> {
  const { values } = parseArgs({ args, options: { password: { type: 'string' } } });
  return withDb((db) => seedDemoDistrict(db, values.password));
}

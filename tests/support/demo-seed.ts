import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cliEntry, repoRoot, tsxBin } from './paths.ts';

const run = promisify(execFile);

/** Seeds the demo district into an embedded database; no server may hold `dataDir` meanwhile. */
export async function seedDemoDistrict(dataDir: string, password: string): Promise<void> {
  try {
    await run(tsxBin, [cliEntry, 'demo:seed', '--password', password], {
      cwd: repoRoot,
      env: serverEnv({ DATA_DIR: dataDir }),
      timeout: 120_000,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`demo:seed failed: ${stderr || String(error)}`, { cause: error });
  }
}

/** The process environment for the server and its CLI: always the embedded database. */
export function serverEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...extra };
  delete env.DATABASE_URL;
  return env;
}

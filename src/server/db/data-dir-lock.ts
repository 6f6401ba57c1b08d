import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';

const LOCK_NAME = 'server.pid';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function lockFile(config: Pick<Config, 'DATA_DIR'>): string {
  return path.join(config.DATA_DIR, LOCK_NAME);
}

/** The pid of a live server using this embedded database, if any. */
export function runningServerPid(
  config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'>,
): number | undefined {
  if (config.DATABASE_URL !== undefined) return undefined;
  try {
    const pid = Number(readFileSync(lockFile(config), 'utf8').trim());
    return Number.isInteger(pid) && pid !== process.pid && alive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** The embedded database may be opened by one process only: the server marks it. */
export function markDataDirInUse(config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'>): () => void {
  if (config.DATABASE_URL !== undefined) return () => undefined;
  mkdirSync(config.DATA_DIR, { recursive: true });
  const file = lockFile(config);
  writeFileSync(file, String(process.pid));
  const release = () => rmSync(file, { force: true });
  process.once('exit', release);
  return release;
}

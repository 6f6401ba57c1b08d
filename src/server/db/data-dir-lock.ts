import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';

const LOCK_NAME = 'inspektor.pid';

export class DataDirBusyError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function holder(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function tryCreate(file: string): boolean {
  try {
    writeFileSync(file, String(process.pid), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * The embedded database may be opened by one process at a time: the server and
 * every CLI command take this lock (a pid file created atomically) before opening
 * it. A lock left by a process that has died is taken over. With PostgreSQL there
 * is nothing to lock. Returns the release function.
 */
export function lockDataDir(
  config: Pick<Config, 'DATA_DIR' | 'DATABASE_URL'>,
  what: string,
): () => void {
  if (config.DATABASE_URL !== undefined) return () => undefined;
  mkdirSync(config.DATA_DIR, { recursive: true });
  const file = path.join(config.DATA_DIR, LOCK_NAME);
  if (!tryCreate(file)) {
    const pid = holder(file);
    if (pid !== undefined && pid !== process.pid && alive(pid)) {
      throw new DataDirBusyError(
        `Встроенную базу ${config.DATA_DIR} сейчас использует другой процесс (${pid}): ` +
          `${what} возможен после его остановки. Если такого процесса нет, удалите файл ${file}.`,
      );
    }
    rmSync(file, { force: true });
    if (!tryCreate(file))
      throw new DataDirBusyError(`Не удалось занять ${file}: повторите запуск.`);
  }
  const release = () => {
    if (holder(file) === process.pid) rmSync(file, { force: true });
  };
  process.once('exit', release);
  return release;
}

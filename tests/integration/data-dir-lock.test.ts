import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirBusyError, lockDataDir } from '../../src/server/db/data-dir-lock.ts';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'inspektor-lock-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const lockFile = () => path.join(dataDir, 'inspektor.pid');

describe('the embedded database lock', () => {
  it('is taken by one process: another live holder is refused with what to do', () => {
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(lockFile(), String(other.pid));
      expect(() => lockDataDir({ DATA_DIR: dataDir }, 'импорт')).toThrow(DataDirBusyError);
      expect(() => lockDataDir({ DATA_DIR: dataDir }, 'импорт')).toThrow(
        new RegExp(`процесс \\(${String(other.pid)}\\).*удалите файл`),
      );
    } finally {
      other.kill();
    }
  });

  it('is taken over from a holder that has died, and released', async () => {
    const gone = spawn('true');
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(lockFile(), String(gone.pid));
    const release = lockDataDir({ DATA_DIR: dataDir }, 'запуск');
    expect(existsSync(lockFile())).toBe(true);
    release();
    expect(existsSync(lockFile())).toBe(false);
  });

  it('is not needed on PostgreSQL', () => {
    lockDataDir({ DATA_DIR: dataDir, DATABASE_URL: 'postgres://x/y' }, 'запуск')();
    expect(existsSync(lockFile())).toBe(false);
  });
});

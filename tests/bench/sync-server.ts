import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { migrate } from '../../src/server/db/migrate.ts';
import { openPgliteDb } from '../../src/server/db/pglite-db.ts';
import type { Db } from '../../src/server/db/port.ts';
import type { User } from '../../src/shared/schemas/user.ts';
import { stopProcess } from '../fixtures/processes.ts';
import { openFreshPostgres } from '../fixtures/test-databases.ts';
import { addSchool, addUser } from '../fixtures/users.ts';
import { distClientDir, repoRoot, serverEntry } from '../support/paths.ts';
import { makeTempDir, removeDir } from '../support/temp-dir.ts';

export type Engine = 'PGlite' | 'PostgreSQL';

/** The built server in a process of its own, over a database seeded for the sync benchmark. */
export interface SyncServer {
  engine: Engine;
  /** `http://127.0.0.1:PORT`. */
  url: string;
  schoolId: string;
  /** Whose tablet pushes the 1,000 visits, and whose fresh tablet pulls them. */
  inspector: User;
  /** One inspector for each of the concurrent clients. */
  others: User[];
  /**
   * Brings the planner's statistics up to date after a bulk load, as the
   * database would within a minute: PostgreSQL's autovacuum analyzes the
   * tables (done here at once); the PGlite server analyzes them itself
   * (src/server/db/pglite-analyze.ts), so nothing is done for it.
   */
  settle(): Promise<void>;
  stop(): Promise<void>;
}

const ADDRESS_LINE = /Адрес:\s+(http:\/\/[^\s/]+)\//;
const START_TIMEOUT_MS = 60_000;

async function seed(db: Db, clients: number) {
  const schoolId = await addSchool(db);
  const inspector = await addUser(db, 'inspector');
  // Together: hashing their passwords (scrypt) runs on libuv's threads, not one after another.
  const others = await Promise.all(Array.from({ length: clients }, () => addUser(db, 'inspector')));
  return { schoolId, inspector, others };
}

function waitForAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start in ${START_TIMEOUT_MS} ms:\n${output}`));
    }, START_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = ADDRESS_LINE.exec(output)?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve(url);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${String(code)}) before listening:\n${output}`));
    });
  });
}

/** The built server in a process of its own over a database `seed` filled, and what the seed returned. */
export type SeededServer<T> = T & {
  engine: Engine;
  url: string;
  /** The server process's id: its memory is read from /proc. */
  pid: number;
  settle(): Promise<void>;
  stop(): Promise<void>;
};

/**
 * Starts the built server as it is deployed (`npm run serve`): PGlite in its data folder, or
 * PostgreSQL through DATABASE_URL with the server's own pool, over a database
 * `seed` filled first. It runs in a process of its own, so that the
 * benchmark's clients do not share its event loop. Sign-ins are not
 * rate-limited: every client signs in at once.
 */
export async function startSeededServer<T extends object>(
  engine: Engine,
  seed: (db: Db) => Promise<T>,
): Promise<SeededServer<T>> {
  const dataDir = await makeTempDir('bench-server');
  let postgres: Db | undefined;
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      STATIC_DIR: distClientDir,
      LOG_LEVEL: 'warn',
      LOGIN_RATE_LIMIT: '10000',
      // As `npm run serve` starts it: two malloc arenas, not one per thread.
      MALLOC_ARENA_MAX: '2',
    };
    delete env.DATABASE_URL;
    let seeded: T;
    if (engine === 'PostgreSQL') {
      const fresh = await openFreshPostgres();
      postgres = fresh.db;
      await migrate(fresh.db);
      seeded = await seed(fresh.db);
      env.DATABASE_URL = fresh.url;
    } else {
      // Seeded before the server opens the folder: PGlite has one user at a time.
      const db = await openPgliteDb(path.join(dataDir, 'pglite'));
      try {
        await migrate(db);
        seeded = await seed(db);
      } finally {
        await db.close();
      }
    }
    const child = spawn(process.execPath, [serverEntry], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    const url = await waitForAddress(child);
    const database = postgres;
    return {
      ...seeded,
      engine,
      url,
      pid: child.pid ?? 0,
      settle: async () => {
        await database?.exec('ANALYZE');
      },
      stop: async () => {
        process.off('exit', killOnExit);
        await stopProcess(child);
        await database?.close();
        await removeDir(dataDir);
      },
    };
  } catch (error) {
    await postgres?.close();
    await removeDir(dataDir);
    throw error;
  }
}

/** The server of the sync benchmark: one school, one inspector, and `clients` more. */
export function startSyncServer(engine: Engine, clients: number): Promise<SyncServer> {
  return startSeededServer(engine, (db) => seed(db, clients));
}

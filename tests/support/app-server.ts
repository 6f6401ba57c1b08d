import { spawn, type ChildProcess } from 'node:child_process';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { DEMO_PASSWORD } from './demo-accounts.ts';
import { seedDemoDistrict, serverEnv } from './demo-seed.ts';
import { assertBuilt, distClientDir, repoRoot, serverEntry } from './paths.ts';
import { makeTempDir, removeDir } from './temp-dir.ts';

export interface AppServer {
  /** `http://127.0.0.1:PORT` without a trailing slash. */
  url: string;
  /** A private copy of dist/client: a test may change it to simulate a new deployment. */
  staticDir: string;
  dataDir: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
const ADDRESS_LINE = /Адрес:\s+(http:\/\/[^\s/]+)\//;

/**
 * Starts the built server on a free port, with a fresh embedded database seeded
 * with the demo district and its own copy of the built app.
 */
export async function startAppServer(): Promise<AppServer> {
  assertBuilt();
  const root = await makeTempDir('server');
  const dataDir = path.join(root, 'data');
  const staticDir = path.join(root, 'static');
  try {
    await cp(distClientDir, staticDir, { recursive: true });
    await seedDemoDistrict(dataDir, DEMO_PASSWORD);
    const child = spawn(process.execPath, [serverEntry], {
      cwd: repoRoot,
      env: serverEnv({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, STATIC_DIR: staticDir }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Should the test process end without stop(), the server does not outlive it.
    const killOnExit = () => child.kill('SIGKILL');
    process.once('exit', killOnExit);
    const url = await waitForAddress(child);
    return {
      url,
      staticDir,
      dataDir,
      stop: async () => {
        process.off('exit', killOnExit);
        await stopProcess(child);
        await removeDir(root);
      },
    };
  } catch (error) {
    await removeDir(root);
    throw error;
  }
}

function waitForAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start in ${START_TIMEOUT_MS} ms:\n${stdout}${stderr}`));
    }, START_TIMEOUT_MS);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const match = ADDRESS_LINE.exec(stdout);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      // A running server's warnings stay visible to whoever reads the test output.
      if (ADDRESS_LINE.test(stdout)) process.stderr.write(chunk);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(
        new Error(`the server exited (${signal ?? String(code)}) before listening:\n${stderr}`),
      );
    });
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

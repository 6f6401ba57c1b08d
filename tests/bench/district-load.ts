import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { Db } from '../../src/server/db/port.ts';
import { backfillVisitResults } from '../../src/server/services/visit-results.ts';
import { TEST_PASSWORD } from '../fixtures/users.ts';
import { postgresAvailable } from '../fixtures/test-databases.ts';
import { seedDistrict } from './district-seed.ts';
import { milliseconds, summarize, type Bench, type BenchReport } from './report.ts';
import { startSeededServer, type Engine } from './sync-server.ts';

const VISITS = 10_000;
const SCHOOLS = 50;
const DASHBOARD_RUNS = 5;
const EXPORT_RUNS = 3;
/** The targets. */
const targets = { dashboardMs: 1000, xlsxMs: 15_000, peakMb: 512 } as const;
/** The whole school year the visits fall in. */
const PERIOD = 'from=2025-09-01&to=2026-08-31';

interface Figures {
  engine: Engine;
  records: number;
  seedMs: number;
  resultsMs: number;
  dashboardMs: number[];
  xlsxMs: number[];
  xlsxBytes: number;
  /** Peak resident memory of the server process during each export, in MB. */
  peakMb: number[];
  /** Its resident memory just before the first export, in MB. */
  beforeMb: number;
}

/** The server process's peak resident memory, in MB, since it was last reset. */
async function peakMemoryMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${String(pid)}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/** The server process's resident memory now, in MB. */
async function memoryMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${String(pid)}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

/** Starts the peak over from the current resident memory (Linux: clear_refs 5). */
async function resetPeak(pid: number): Promise<void> {
  await writeFile(`/proc/${String(pid)}/clear_refs`, '5');
}

async function signIn(url: string, login: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: TEST_PASSWORD }),
  });
  return ((await response.json()) as { token: string }).token;
}

async function timed(url: string, token: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok)
    throw new Error(`${url} answered ${String(response.status)}: ${await response.text()}`);
  const bytes = (await response.arrayBuffer()).byteLength;
  return { ms: performance.now() - started, bytes };
}

async function measure(engine: Engine): Promise<Figures> {
  let seedMs = 0;
  let resultsMs = 0;
  const server = await startSeededServer(engine, async (db: Db) => {
    let started = performance.now();
    const district = await seedDistrict(db, VISITS, SCHOOLS);
    seedMs = performance.now() - started;
    started = performance.now();
    await backfillVisitResults(db);
    resultsMs = performance.now() - started;
    // As the writing server would have by now (pglite-analyze, autovacuum): a bulk
    // load from another process leaves the planner no statistics.
    await db.exec('ANALYZE');
    return district;
  });
  try {
    await server.settle();
    const token = await signIn(server.url, server.coordinator.login);
    const dashboard = `${server.url}/api/analytics/dashboard?${PERIOD}`;
    await timed(dashboard, token);
    const dashboardMs: number[] = [];
    for (let run = 0; run < DASHBOARD_RUNS; run += 1)
      dashboardMs.push((await timed(dashboard, token)).ms);
    const xlsxMs: number[] = [];
    const peakMb: number[] = [];
    let xlsxBytes = 0;
    const beforeMb = await memoryMb(server.pid);
    for (let run = 0; run < EXPORT_RUNS; run += 1) {
      await resetPeak(server.pid);
      const file = await timed(
        `${server.url}/api/exports/results.xlsx?${PERIOD}&mask=staff`,
        token,
      );
      xlsxMs.push(file.ms);
      xlsxBytes = file.bytes;
      peakMb.push(await peakMemoryMb(server.pid));
    }
    return {
      engine,
      records: server.records,
      seedMs,
      resultsMs,
      dashboardMs,
      xlsxMs,
      xlsxBytes,
      peakMb,
      beforeMb,
    };
  } finally {
    await server.stop();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const verdict = (value: number, limit: number) => (value <= limit ? 'met' : 'MISSED');

function report(all: Figures[]): BenchReport {
  return {
    title: `(i) District results: ${VISITS.toLocaleString('en-US')} completed visits across ${String(SCHOOLS)} schools`,
    columns: [
      'engine',
      'records',
      'results computed',
      'dashboard p50',
      'XLSX p50',
      'XLSX size',
      'server peak RSS',
    ],
    rows: all.map((f) => {
      const peak = Math.max(...f.peakMb);
      return [
        f.engine,
        f.records.toLocaleString('en-US'),
        seconds(f.resultsMs),
        `${milliseconds(summarize(f.dashboardMs).median)} (≤ 1 s: ${verdict(summarize(f.dashboardMs).median, targets.dashboardMs)})`,
        `${seconds(summarize(f.xlsxMs).median)} (≤ 15 s: ${verdict(summarize(f.xlsxMs).median, targets.xlsxMs)})`,
        `${(f.xlsxBytes / 1024 / 1024).toFixed(1)} MB`,
        `${peak.toFixed(0)} MB (≤ 512 MB: ${verdict(peak, targets.peakMb)}), ${f.beforeMb.toFixed(0)} MB before`,
      ];
    }),
    notes: [
      `The dashboard: the median of ${String(DASHBOARD_RUNS)} requests after one warm-up, for the whole school year, all schools.`,
      `The XLSX export of every visit with staff names masked: the median of ${String(EXPORT_RUNS)}; peak RSS is the server process's (PGlite inside it on PGlite), reset before each export.`,
      'Results are computed once per visit at completion; "results computed" is the one-off catch-up for a database loaded without them.',
    ],
  };
}

/** The coordinator's figures and export over a district's year, on PGlite and on PostgreSQL when available. */
export const districtLoad: Bench = {
  name: 'district',
  async run() {
    const engines: Engine[] = postgresAvailable ? ['PGlite', 'PostgreSQL'] : ['PGlite'];
    const figures: Figures[] = [];
    for (const engine of engines) figures.push(await measure(engine));
    return [report(figures)];
  },
};

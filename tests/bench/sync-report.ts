import {
  ANSWERS_PER_PUSH,
  CLIENTS,
  ROUNDS,
  WARM_UP_ROUNDS,
  type ConcurrentFigures,
} from './sync-concurrent-push.ts';
import type { PullFigures } from './sync-fresh-pull.ts';
import { PUSH_BATCH, type PushFigures } from './sync-one-device-push.ts';
import type { Engine } from './sync-server.ts';
import type { VisitTemplate } from './sync-visits.ts';
import { milliseconds, percentile, summarize, type BenchReport } from './report.ts';

/** The targets on the 2-core machine. */
export const syncTargets = { fullPullMs: 10_000, concurrentPushP99Ms: 250 } as const;

export interface EngineFigures {
  engine: Engine;
  visits: number;
  push: PushFigures;
  pulls: PullFigures[];
  concurrent: ConcurrentFigures[];
}

const count = (n: number) => Math.round(n).toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const perSecond = (n: number, ms: number) => (n * 1000) / ms;
const median = (values: readonly number[]) => summarize(values).median;
const verdict = (value: number, limit: number, show: (n: number) => string) =>
  `≤ ${show(limit)}: ${value <= limit ? 'met' : 'MISSED'}`;

function pushReport(template: VisitTemplate, all: EngineFigures[]): BenchReport {
  const { definition, content } = template;
  return {
    title:
      `(f) Sync: one tablet pushes ${count(all[0]?.visits ?? 0)} completed visits «${definition.shortTitle}» ` +
      `(${content.rows.length} rows, ${content.answers.length} answers: ${template.mutations} mutations each), ` +
      `${PUSH_BATCH} per request`,
    columns: ['engine', 'mutations', 'requests', 'total', 'mutations/s', 'p50', 'p99', 'max'],
    rows: all.map(({ engine, push }) => [
      engine,
      count(push.mutations),
      count(push.requestMs.length),
      seconds(push.totalMs),
      count(perSecond(push.mutations, push.totalMs)),
      milliseconds(percentile(push.requestMs, 50)),
      milliseconds(percentile(push.requestMs, 99)),
      milliseconds(summarize(push.requestMs).max),
    ]),
    notes: [
      'one request after the other, over HTTP to the built server in a process of its own; ' +
        'p50/p99: a request sent → its answer received (the records as the server now holds them)',
    ],
  };
}

function pullReport(all: EngineFigures[]): BenchReport {
  return {
    title:
      '(g) Sync: a fresh tablet of the same inspector pulls them all (the app’s runSync), ' +
      `median of ${all[0]?.pulls.length ?? 0}`,
    columns: [
      'engine',
      'records',
      'requests',
      'total',
      'runs',
      'records/s',
      'device CPU',
      'target',
    ],
    rows: all.map(({ engine, pulls }) => {
      const total = median(pulls.map((pull) => pull.totalMs));
      const records = pulls[0]?.records ?? 0;
      return [
        engine,
        count(records),
        count(pulls[0]?.requests ?? 0),
        seconds(total),
        pulls.map((pull) => seconds(pull.totalMs)).join(', '),
        count(perSecond(records, total)),
        seconds(median(pulls.map((pull) => pull.deviceCpuMs))),
        verdict(total, syncTargets.fullPullMs, seconds),
      ];
    }),
    notes: [
      'device database: fake-indexeddb under Node (an IndexedDB written in JavaScript, slower than ' +
        'a browser’s), requests over HTTP; each page of 1,000 stored with its cursor in one transaction',
      '«device CPU»: this process meanwhile (parsing, checking and storing the pages, its HTTP ' +
        'client); the server and the database work in processes of their own',
      'after the push the tables are analyzed, as PostgreSQL’s autovacuum does within a minute ' +
        '(the PGlite server does it itself: src/server/db/pglite-analyze.ts)',
    ],
  };
}

function concurrentReport(all: EngineFigures[]): BenchReport {
  return {
    title:
      `(h) Sync: ${CLIENTS} tablets push ${ANSWERS_PER_PUSH} answers at a time, all at once; ` +
      `median of ${all[0]?.concurrent.length ?? 0} runs of ${ROUNDS} rounds`,
    columns: ['engine', 'pushes/s', 'mutations/s', 'p50', 'p99', 'p99 of runs', 'target (p99)'],
    rows: all.map(({ engine, concurrent }) => {
      const p99s = concurrent.map((run) => percentile(run.requestMs, 99));
      const p99 = median(p99s);
      return [
        engine,
        count(median(concurrent.map((run) => perSecond(run.pushes, run.wallMs)))),
        count(median(concurrent.map((run) => perSecond(run.mutations, run.wallMs)))),
        milliseconds(median(concurrent.map((run) => percentile(run.requestMs, 50)))),
        milliseconds(p99),
        p99s.map(milliseconds).join(', '),
        engine === 'PostgreSQL' ? verdict(p99, syncTargets.concurrentPushP99Ms, milliseconds) : '',
      ];
    }),
    notes: [
      'each tablet (an inspector of its own, in a draft visit of its own) sends its next push as ' +
        `soon as the previous one is answered: ${CLIENTS} pushes wait for the server all the while; ` +
        `${WARM_UP_ROUNDS} rounds first are not measured`,
      'the server as deployed: PostgreSQL through its pool of 10 connections; PGlite is one ' +
        'connection, so its pushes run one after the other',
      'the tablets share the two cores with the server and the database: kept-alive node:http, ' +
        'not fetch, keeps their share small',
    ],
  };
}

export function syncReports(
  template: VisitTemplate,
  all: EngineFigures[],
  postgresMeasured: boolean,
): BenchReport[] {
  const reports = [pushReport(template, all), pullReport(all), concurrentReport(all)];
  if (!postgresMeasured) {
    reports
      .at(-1)
      ?.notes?.push(
        'PostgreSQL not measured (TEST_DATABASE_URL is not set): scripts/with-temp-postgres.sh npm run bench',
      );
  }
  return reports;
}

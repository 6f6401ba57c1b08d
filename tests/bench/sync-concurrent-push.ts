import { performance } from 'node:perf_hooks';
import type { User } from '../../src/shared/schemas/user.ts';
import type { FastifyInstance } from 'fastify';
import { logInOver } from '../fixtures/http-app.ts';
import { answerPut, createVisit, newVisit, TestDevice } from '../fixtures/sync-client.ts';
import { keepAliveApp } from './keep-alive-app.ts';
import type { SyncServer } from './sync-server.ts';
import { timedPush } from './sync-timing.ts';
import type { VisitTemplate } from './sync-visits.ts';

export const CLIENTS = 50;
export const ROUNDS = 20;
/** Rounds before the measured ones: the server has just started, its code is not compiled yet. */
export const WARM_UP_ROUNDS = 5;
export const ANSWERS_PER_PUSH = 5;
/** Each client cycles through this many questions of its visit, changing them again and again. */
const QUESTIONS = 20;

export interface ConcurrentFigures {
  pushes: number;
  mutations: number;
  wallMs: number;
  /** Each push request, from sending it to its answer. */
  requestMs: number[];
}

interface Client {
  device: TestDevice;
  visitId: string;
  /** The server's version of each answer's note, as its last push left it. */
  versions: Map<string, number>;
  round: number;
}

async function startClient(
  server: SyncServer,
  app: FastifyInstance,
  user: User,
  template: VisitTemplate,
): Promise<Client> {
  const token = await logInOver(server.url, user);
  const device = new TestDevice(app, token, user);
  const visit = newVisit(user, server.schoolId, { checklistId: template.definition.id });
  await timedPush(device, device.number([createVisit(visit)]));
  return { device, visitId: visit.id, versions: new Map(), round: 0 };
}

/**
 * `rounds` pushes of one client, one after the other as a tablet sends them:
 * the answers it changes carry the versions the server gave their previous values.
 */
async function runClient(
  client: Client,
  questions: readonly string[],
  rounds: number,
  requestMs: number[],
): Promise<void> {
  for (let done = 0; done < rounds; done += 1) {
    const round = client.round++;
    const keys = Array.from(
      { length: ANSWERS_PER_PUSH },
      (_, i) => questions[(round * ANSWERS_PER_PUSH + i) % questions.length] ?? 'note',
    );
    const changes = keys.map((key) =>
      answerPut(
        client.visitId,
        key,
        { note: `round ${round}` },
        { note: client.versions.get(key) ?? 0 },
      ),
    );
    const { ms, response } = await timedPush(client.device, client.device.number(changes));
    requestMs.push(ms);
    response.results.forEach((result, index) => {
      const version = result.versions?.['answer.note'];
      const key = keys[index];
      if (version !== undefined && key !== undefined) client.versions.set(key, version);
    });
  }
}

/**
 * CLIENTS tablets of different inspectors, each in a draft visit of its own,
 * push ANSWERS_PER_PUSH answers at a time, ROUNDS times, all at once over real
 * HTTP: every client has a push waiting for the server all the while.
 * `runs` times ROUNDS rounds are measured, after a few that are not.
 */
export async function concurrentPushes(
  server: SyncServer,
  template: VisitTemplate,
  runs: number,
): Promise<ConcurrentFigures[]> {
  const users = server.others.slice(0, CLIENTS);
  if (users.length < CLIENTS) throw new Error(`${CLIENTS} clients need as many users`);
  const connection = keepAliveApp(server.url, CLIENTS);
  try {
    const clients = await Promise.all(
      users.map((user) => startClient(server, connection.app, user, template)),
    );
    const questions = template.content.answers.slice(0, QUESTIONS).map((answer) => answer.itemKey);
    await Promise.all(clients.map((client) => runClient(client, questions, WARM_UP_ROUNDS, [])));
    const figures: ConcurrentFigures[] = [];
    for (let run = 0; run < runs; run += 1) {
      const requestMs: number[] = [];
      const started = performance.now();
      await Promise.all(clients.map((client) => runClient(client, questions, ROUNDS, requestMs)));
      const wallMs = performance.now() - started;
      const pushes = requestMs.length;
      figures.push({ pushes, mutations: pushes * ANSWERS_PER_PUSH, wallMs, requestMs });
    }
    return figures;
  } finally {
    connection.close();
  }
}

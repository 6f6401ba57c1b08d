import { performance } from 'node:perf_hooks';
import { deviceOver, logInOver } from '../fixtures/http-app.ts';
import type { Change } from '../fixtures/sync-client.ts';
import type { SyncServer } from './sync-server.ts';
import { timedPush } from './sync-timing.ts';
import { completedVisitChanges, type VisitTemplate } from './sync-visits.ts';

/** What the tablet sends per request (push-changes.ts sends up to 200 outbox rows). */
export const PUSH_BATCH = 200;

export interface PushFigures {
  mutations: number;
  totalMs: number;
  /** Each push request, from sending it to its answer. */
  requestMs: number[];
}

/**
 * One tablet sends `visits` completed visits, in the order it recorded them,
 * in batches of PUSH_BATCH mutations, one request after the other.
 */
export async function pushCompletedVisits(
  server: SyncServer,
  template: VisitTemplate,
  visits: number,
): Promise<PushFigures> {
  const token = await logInOver(server.url, server.inspector);
  const device = deviceOver(server.url, token, server.inspector);
  const requestMs: number[] = [];
  let mutations = 0;
  let pending: Change[] = [];
  const send = async (changes: Change[]) => {
    const { ms } = await timedPush(device, device.number(changes));
    requestMs.push(ms);
    mutations += changes.length;
  };
  const started = performance.now();
  for (let visit = 0; visit < visits; visit += 1) {
    pending.push(...completedVisitChanges(template, server.inspector, server.schoolId));
    while (pending.length >= PUSH_BATCH) {
      await send(pending.slice(0, PUSH_BATCH));
      pending = pending.slice(PUSH_BATCH);
    }
  }
  if (pending.length > 0) await send(pending);
  return { mutations, totalMs: performance.now() - started, requestMs };
}

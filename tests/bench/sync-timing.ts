import { performance } from 'node:perf_hooks';
import {
  pushResponseSchema,
  type Mutation,
  type PushResponse,
} from '../../src/shared/schemas/sync.ts';
import type { TestDevice } from '../fixtures/sync-client.ts';

/** One push and how long the server took to answer it, seen from the client. */
export async function timedPush(
  device: TestDevice,
  mutations: readonly Mutation[],
): Promise<{ ms: number; response: PushResponse }> {
  const started = performance.now();
  const reply = await device.pushRaw(mutations);
  const ms = performance.now() - started;
  if (reply.statusCode !== 200) {
    throw new Error(`push answered ${reply.statusCode}: ${JSON.stringify(reply.json())}`);
  }
  const response = pushResponseSchema.parse(reply.json());
  const refused = response.results.find((result) => result.status !== 'applied');
  if (refused)
    throw new Error(`mutation ${refused.mid} was not applied: ${JSON.stringify(refused)}`);
  device.epoch = response.epoch;
  return { ms, response };
}

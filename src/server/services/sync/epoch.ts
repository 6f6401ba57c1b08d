import type { Queryable } from '../../db/port.ts';
import { ProblemError } from '../../problem-error.ts';
import { readEpoch } from '../../queries/server-meta.ts';

/**
 * The server's epoch, after checking the one the device last synced with: a
 * device that synced with another (a restored backup) is told to start over.
 */
export async function checkedEpoch(db: Queryable, sent: string | null): Promise<string> {
  const epoch = await readEpoch(db);
  if (sent !== null && sent !== epoch) throw new ProblemError('epoch_changed', { epoch });
  return epoch;
}

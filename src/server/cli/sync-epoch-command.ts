import { renewEpoch } from '../queries/server-meta.ts';
import { withDb } from './cli-context.ts';

/**
 * Run once after restoring a backup: the server gets a new epoch, so that every
 * device sends again what the backup may lack and pulls everything anew.
 */
export async function syncNewEpochCommand(): Promise<string> {
  const epoch = await withDb((db) => renewEpoch(db));
  return `Новая эпоха сервера: ${epoch}. Устройства при следующей синхронизации отправят всё, что у них есть, и загрузят данные заново.`;
}

import type { AppDatabase } from './app-database.ts';
import type { RejectionRow } from './rows.ts';

/** The changes of a visit the server refused, newest first: shown until the person dismisses them. */
export async function rejectionsOf(db: AppDatabase, visitId: string): Promise<RejectionRow[]> {
  const rows = await db.rejections.where('visitId').equals(visitId).sortBy('mid');
  return rows.reverse();
}

/** The person has read why a change was refused. */
export async function dismissRejection(db: AppDatabase, id: number): Promise<void> {
  await db.rejections.delete(id);
}

import type { AppDatabase } from './app-database.ts';

/** How many changes still wait for the server's acknowledgement. */
export function countUnsent(db: AppDatabase): Promise<number> {
  return db.outbox.count();
}

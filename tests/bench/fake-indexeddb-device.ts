import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openAppDatabase, type AppDatabase } from '../../src/client/db/app-database.ts';

/**
 * A device database in fake-indexeddb (an in-memory IndexedDB in JavaScript,
 * several times slower than a browser's). Dexie is given its own IndexedDB for
 * the while, instead of `fake-indexeddb/auto` changing globals for every
 * benchmark of the process; `close` gives back what Dexie had.
 */
export async function openFakeDevice(name: string): Promise<{ db: AppDatabase; close(): void }> {
  const previous = { ...Dexie.dependencies };
  Dexie.dependencies.indexedDB = new IDBFactory();
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
  const db = openAppDatabase(name);
  try {
    await db.open();
  } catch (error) {
    Object.assign(Dexie.dependencies, previous);
    throw error;
  }
  return {
    db,
    close() {
      db.close();
      Object.assign(Dexie.dependencies, previous);
    },
  };
}

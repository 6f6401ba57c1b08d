import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import type { AppDatabase } from './app-database.ts';

/** Dexie's whole key range (its `maxKey` nested once more, as Dexie itself signals "everything"). */
const EVERYTHING = (): RangeSet => new RangeSet(-Infinity, [[[]]]);

/**
 * Tells Dexie's live queries — in this tab and, through Dexie's broadcast, in
 * the others — that these tables changed, after a transaction that wrote them
 * without Dexie. The app's database keeps no query cache (`cache: 'disabled'`),
 * so the queries re-read what was committed. A table listed with keys changed
 * only at those keys (by primary key, no index): the queries reading its
 * other rows are left alone.
 */
export function signalWrites(
  db: AppDatabase,
  tables: readonly string[],
  keys: Readonly<Record<string, readonly string[]>> = {},
): void {
  const parts: ObservabilitySet = {};
  for (const name of tables) {
    const prefix = `idb://${db.name}/${name}/`;
    const only = keys[name];
    if (only) {
      parts[prefix] = new RangeSet().addKeys([...only]);
      continue;
    }
    parts[prefix] = EVERYTHING();
    for (const index of db.table(name).schema.indexes) {
      if (index.name) parts[prefix + index.name] = EVERYTHING();
    }
  }
  Dexie.on.storagemutated.fire(parts);
}

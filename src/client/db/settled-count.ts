import Dexie, { type ObservabilitySet } from 'dexie';
import { useEffect, useState } from 'react';
import type { AppDatabase } from './app-database.ts';

/** A burst of answers is counted once, this long after its last one. */
const SETTLE_MS = 500;

/**
 * A count that follows a table, re-read only once its writes have paused: a
 * live query would re-read it in the frame after every answer, while the next
 * tap is already on its way, and a figure on a status line needs no such haste.
 */
export function useSettledCount(
  db: AppDatabase,
  table: string,
  count: () => Promise<number>,
): number | undefined {
  const [value, setValue] = useState<number | undefined>();
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recount = () => {
      void count().then((n) => {
        if (alive) setValue(n);
      });
    };
    const prefix = `idb://${db.name}/${table}/`;
    const onChange = (parts: ObservabilitySet) => {
      if (!Object.keys(parts).some((part) => part.startsWith(prefix))) return;
      clearTimeout(timer);
      timer = setTimeout(recount, SETTLE_MS);
    };
    recount();
    Dexie.on.storagemutated.subscribe(onChange);
    return () => {
      alive = false;
      clearTimeout(timer);
      Dexie.on.storagemutated.unsubscribe(onChange);
    };
  }, [db, table, count]);
  return value;
}

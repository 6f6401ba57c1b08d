import { useCallback, useEffect, useState } from 'react';

interface Loaded<T> {
  attempt: number;
  data: T | undefined;
  failure: unknown;
}

/** Something a tab reads from the server, and what it can do about it. */
export interface ServerData<T> {
  /** `undefined` until the server has answered once. */
  data: T | undefined;
  /** The last attempt's failure; what was read before stays on screen. */
  failure: unknown;
  loading: boolean;
  reload: () => void;
  /** Puts a change the server confirmed in place without asking again. */
  update: (change: (data: T) => T) => void;
}

/**
 * Reads with `load` (a stable, module-level function) when the tab opens, when
 * the network comes back and on `reload`; offline it keeps what it has.
 */
export function useServerData<T>(
  load: (token: string) => Promise<T>,
  token: string,
  online: boolean,
): ServerData<T> {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T>>({
    attempt: -1,
    data: undefined,
    failure: undefined,
  });
  useEffect(() => {
    if (!online) return;
    let current = true;
    load(token).then(
      (data) => {
        if (current) setLoaded({ attempt, data, failure: undefined });
      },
      (failure: unknown) => {
        if (current) setLoaded((before) => ({ attempt, data: before.data, failure }));
      },
    );
    return () => {
      current = false;
    };
  }, [load, token, online, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const update = useCallback((change: (data: T) => T) => {
    setLoaded((before) =>
      before.data === undefined ? before : { ...before, data: change(before.data) },
    );
  }, []);
  return {
    data: loaded.data,
    failure: loaded.failure,
    loading: online && loaded.attempt !== attempt,
    reload,
    update,
  };
}

import { useCallback, useState } from 'react';

/** One request at a time from a form: whether it runs, and how the last one failed. */
export interface Request {
  busy: boolean;
  error: unknown;
  /** Runs the call; its result, or `undefined` when it failed (the failure is kept). */
  run: <T>(call: () => Promise<T>) => Promise<T | undefined>;
  /** Keeps a failure found without asking the server (a file that is not JSON). */
  fail: (error: unknown) => void;
  clear: () => void;
}

/** A form's request: busy while it runs, its failure kept until the next one. */
export function useRequest(): Request {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const run = useCallback(async <T>(call: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await call();
    } catch (failure) {
      setError(failure);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => setError(undefined), []);
  return { busy, error, run, fail: setError, clear };
}

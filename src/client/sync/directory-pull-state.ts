import { failureCodeOf, type ApiFailureCode } from '../api/api-error.ts';
import { createStore } from '../lib/create-store.ts';
import { pullDirectory } from './directory-pull.ts';

export type PullState =
  { status: 'idle' } | { status: 'running' } | { status: 'failed'; code: ApiFailureCode };

export const pullState = createStore<PullState>({ status: 'idle' });

/** Starts a directory pull unless one is running; its outcome is in `pullState`. */
export function startDirectoryPull(): void {
  if (pullState.get().status === 'running') return;
  pullState.set({ status: 'running' });
  pullDirectory().then(
    () => pullState.set({ status: 'idle' }),
    (error: unknown) => pullState.set({ status: 'failed', code: failureCodeOf(error) }),
  );
}

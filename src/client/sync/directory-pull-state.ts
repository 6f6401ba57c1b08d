import { failureCodeOf, type ApiFailureCode } from '../api/api-error.ts';
import { pullDirectory } from './directory-pull.ts';

export type PullState =
  { status: 'idle' } | { status: 'running' } | { status: 'failed'; code: ApiFailureCode };

let state: PullState = { status: 'idle' };
const listeners = new Set<() => void>();

function set(next: PullState): void {
  state = next;
  for (const listener of listeners) listener();
}

export function subscribePull(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function pullSnapshot(): PullState {
  return state;
}

/** Starts a directory pull unless one is running; its outcome is in the shared state. */
export function startDirectoryPull(): void {
  if (state.status === 'running') return;
  set({ status: 'running' });
  pullDirectory().then(
    () => set({ status: 'idle' }),
    (error: unknown) => set({ status: 'failed', code: failureCodeOf(error) }),
  );
}

import { useSyncExternalStore } from 'react';
import { snapshot, subscribe, type ServiceWorkerState } from './service-worker-state.ts';

export function useServiceWorker(): ServiceWorkerState {
  return useSyncExternalStore(subscribe, snapshot);
}

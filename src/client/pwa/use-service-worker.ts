import { useSyncExternalStore } from 'react';
import { serviceWorkerState, type ServiceWorkerState } from './service-worker-state.ts';

export function useServiceWorker(): ServiceWorkerState {
  return useSyncExternalStore(serviceWorkerState.subscribe, serviceWorkerState.get);
}

import { Workbox } from 'workbox-window';
import { createStore } from '../lib/create-store.ts';

export interface ServiceWorkerState {
  /** The app's files are cached and it opens without a network. */
  offlineReady: boolean;
  /** A new version is installed and waits for the person's consent. */
  updateWaiting: boolean;
  supported: boolean;
}

export const serviceWorkerState = createStore<ServiceWorkerState>({
  offlineReady: false,
  updateWaiting: false,
  supported: false,
});
let workbox: Workbox | undefined;

function set(patch: Partial<ServiceWorkerState>): void {
  serviceWorkerState.set({ ...serviceWorkerState.get(), ...patch });
}

const HOUR_MS = 60 * 60 * 1000;

/** Registers the service worker and watches for new versions; never reloads by itself. */
export function registerServiceWorker(url = '/sw.js'): void {
  if (!('serviceWorker' in navigator)) return;
  set({ supported: true });
  workbox = new Workbox(url, { scope: '/' });
  workbox.addEventListener('waiting', () => set({ updateWaiting: true }));
  workbox.addEventListener('activated', (event) => {
    if (!event.isUpdate) set({ offlineReady: true });
  });
  void navigator.serviceWorker.ready.then(() => set({ offlineReady: true }));
  void workbox.register().then(() => {
    const check = () => void workbox?.update().catch(() => undefined);
    setInterval(check, HOUR_MS);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') check();
    });
  });
}

/** Activates the waiting version and reloads once it has taken over: the person asked for it. */
export function applyUpdate(): void {
  if (!workbox) return;
  workbox.addEventListener('controlling', () => window.location.reload());
  workbox.messageSkipWaiting();
}

export function dismissUpdate(): void {
  set({ updateWaiting: false });
}

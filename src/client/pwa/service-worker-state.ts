import { Workbox } from 'workbox-window';
import { createStore } from '../lib/create-store.ts';

export interface ServiceWorkerState {
  /** The app's files are cached and it opens without a network. */
  offlineReady: boolean;
  /** A new version is installed and waits for the person's consent. */
  updateWaiting: boolean;
  /** Another tab switched to a new version: this page should reload when its person is ready. */
  reloadNeeded: boolean;
  supported: boolean;
}

export const serviceWorkerState = createStore<ServiceWorkerState>({
  offlineReady: false,
  updateWaiting: false,
  reloadNeeded: false,
  supported: false,
});
let workbox: Workbox | undefined;
let updateAskedHere = false;

function set(patch: Partial<ServiceWorkerState>): void {
  serviceWorkerState.set({ ...serviceWorkerState.get(), ...patch });
}

const HOUR_MS = 60 * 60 * 1000;

/** Registers the service worker and watches for new versions; never reloads by itself. */
export function registerServiceWorker(url = '/sw.js'): void {
  if (!('serviceWorker' in navigator)) return;
  set({ supported: true });
  // Without a controller this is the first install: its taking over the page is no update.
  const hadController = navigator.serviceWorker.controller !== null;
  workbox = new Workbox(url, { scope: '/' });
  workbox.addEventListener('waiting', () => set({ updateWaiting: true }));
  workbox.addEventListener('controlling', () => {
    if (updateAskedHere) window.location.reload();
    else if (hadController) set({ updateWaiting: false, reloadNeeded: true });
  });
  void navigator.serviceWorker.ready.then(() => set({ offlineReady: true }));
  void workbox.register().then(() => {
    setInterval(checkForUpdate, HOUR_MS);
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') checkForUpdate();
    });
  });
}

/** Asks the server for a newer version now (the server said this one is outdated). */
export function checkForUpdate(): void {
  void workbox?.update().catch(() => undefined);
}

/** Activates the waiting version and reloads once it has taken over: the person asked for it. */
export function applyUpdate(): void {
  if (!workbox) return;
  updateAskedHere = true;
  workbox.messageSkipWaiting();
}

export function dismissUpdate(): void {
  set({ updateWaiting: false });
}

export function reloadPage(): void {
  window.location.reload();
}

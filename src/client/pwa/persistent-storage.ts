export interface StorageFacts {
  usage: number | undefined;
  quota: number | undefined;
  persisted: boolean | undefined;
}

/** Asks the browser not to evict this app's data; harmless to call again. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!('storage' in navigator)) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

export async function readStorageFacts(): Promise<StorageFacts> {
  if (!('storage' in navigator))
    return { usage: undefined, quota: undefined, persisted: undefined };
  const [estimate, persisted] = await Promise.all([
    navigator.storage.estimate().catch(() => undefined),
    navigator.storage.persisted().catch(() => undefined),
  ]);
  return { usage: estimate?.usage, quota: estimate?.quota, persisted };
}

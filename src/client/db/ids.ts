import { v7 } from 'uuid';

/** Ids made on the device (UUIDv7, time-ordered), so that records exist before the server knows them. */
export function newId(): string {
  return v7();
}

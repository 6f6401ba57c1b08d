import { v7 } from 'uuid';

/** Time-ordered ids (UUIDv7), the same kind the devices generate. */
export function newId(): string {
  return v7();
}

import { compareHlc } from './hlc.ts';
import { getField, sameValue, setField, type RecordData } from './field-paths.ts';

/** Who last wrote a field on the server: at which version, with which clock, from which device. */
export interface FieldStamp {
  /** The server's version of the write (commit order). */
  v: number;
  /** The writer's hybrid logical clock (clamped if it ran ahead). */
  h: string;
  /** The writing device's client id. */
  c: string;
}

export type FieldStamps = Record<string, FieldStamp>;

/** Field values one device sent, with the server versions it had seen when it changed them. */
export interface FieldEdit {
  fields: RecordData;
  /** Per field, the version of the server's value the edit was made on (0: none seen). */
  base: Record<string, number>;
  hlc: string;
  clientId: string;
}

/** Two values of one field written without either writer seeing the other. */
export interface LostValue {
  field: string;
  kept: { value: unknown; hlc: string; clientId: string };
  lost: { value: unknown; hlc: string; clientId: string };
}

export interface Merged {
  data: RecordData;
  stamps: FieldStamps;
  /** The fields the edit wrote, now stamped with `version`. */
  written: string[];
  /** One entry per field two devices changed concurrently to different values. */
  lost: LostValue[];
}

/**
 * Merges one device's edit into the server's record, field by field:
 * - a field nobody else changed since the device saw it (its base is the
 *   current version, or the device itself wrote it last) takes the new value;
 * - a field changed concurrently to the same value stays as it is;
 * - a field changed concurrently to another value takes the value with the
 *   later hybrid logical clock, and the other value is returned in `lost`,
 *   so that it is logged and shown, never silently dropped.
 */
export function mergeFields(
  data: RecordData,
  stamps: FieldStamps,
  edit: FieldEdit,
  version: number,
): Merged {
  let next = data;
  const nextStamps = { ...stamps };
  const written: string[] = [];
  const lost: LostValue[] = [];
  const write = (field: string, value: unknown) => {
    next = setField(next, field, value);
    nextStamps[field] = { v: version, h: edit.hlc, c: edit.clientId };
    written.push(field);
  };
  for (const [field, value] of Object.entries(edit.fields)) {
    const stamp = stamps[field];
    const current = getField(data, field);
    const unseen = stamp !== undefined && stamp.v !== (edit.base[field] ?? 0);
    if (!unseen || stamp.c === edit.clientId) {
      write(field, value);
      continue;
    }
    if (sameValue(current, value)) continue;
    const theirs = { value: current, hlc: stamp.h, clientId: stamp.c };
    const mine = { value, hlc: edit.hlc, clientId: edit.clientId };
    if (compareHlc(edit.hlc, stamp.h) > 0) {
      write(field, value);
      lost.push({ field, kept: mine, lost: theirs });
    } else {
      lost.push({ field, kept: theirs, lost: mine });
    }
  }
  return { data: next, stamps: nextStamps, written, lost };
}

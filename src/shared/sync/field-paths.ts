/**
 * A synced record is compared and merged field by field. A field is a
 * top-level property (`findings`) or one property of a nested object
 * (`answer.note`): two people who change the note and the value of one answer
 * do not conflict. `undefined` means the field is absent.
 */
export type RecordData = Record<string, unknown>;

function split(field: string): [string, string | undefined] {
  const dot = field.indexOf('.');
  return dot === -1 ? [field, undefined] : [field.slice(0, dot), field.slice(dot + 1)];
}

function isObject(value: unknown): value is RecordData {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function getField(record: RecordData, field: string): unknown {
  const [head, rest] = split(field);
  const value = record[head];
  if (rest === undefined) return value;
  return isObject(value) ? value[rest] : undefined;
}

/** A copy of `object` with `key` set, or without it for `undefined`. */
function withKey(object: RecordData, key: string, value: unknown): RecordData {
  if (value !== undefined) return { ...object, [key]: value };
  return Object.fromEntries(Object.entries(object).filter(([k]) => k !== key));
}

/** A copy of `record` with `field` set (or removed, for `undefined`). */
export function setField(record: RecordData, field: string, value: unknown): RecordData {
  const [head, rest] = split(field);
  if (rest === undefined) return withKey(record, head, value);
  const inner = isObject(record[head]) ? record[head] : {};
  return { ...record, [head]: withKey(inner, rest, value) };
}

/** Structural equality of JSON values (the order of object keys does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a).filter((k) => a[k] !== undefined);
    const other = Object.keys(b).filter((k) => b[k] !== undefined);
    return keys.length === other.length && keys.every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

/** The fields among `fields` whose values differ between two versions of a record. */
export function changedFields(
  before: RecordData | undefined,
  after: RecordData,
  fields: readonly string[],
): string[] {
  return fields.filter((f) => !sameValue(before && getField(before, f), getField(after, f)));
}

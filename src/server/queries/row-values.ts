/** A uuid as PostgreSQL writes it: other text cannot name a row, and `= ANY($1::uuid[])` would fail on it. */
const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The ids that can be uuids of rows, to be compared as `uuid[]` (which uses the primary key). */
export function canonicalUuids(ids: Iterable<string>): string[] {
  return [...ids].filter((id) => CANONICAL_UUID.test(id));
}

/** Both drivers return timestamptz as Date; the API speaks ISO 8601. */
export function isoTimestamp(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return new Date(value).toISOString();
  throw new TypeError(`Ожидалась отметка времени, получено: ${String(value)}`);
}

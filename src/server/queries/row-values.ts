/** Both drivers return timestamptz as Date; the API speaks ISO 8601. */
export function isoTimestamp(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return new Date(value).toISOString();
  throw new TypeError(`Ожидалась отметка времени, получено: ${String(value)}`);
}

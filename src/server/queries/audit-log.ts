import type { AuditEntry } from '../../shared/schemas/audit.ts';
import type { Queryable } from '../db/port.ts';
import { isoTimestamp } from './row-values.ts';

interface Row {
  id: string | number;
  at: unknown;
  user_id: string | null;
  login: string | null;
  full_name: string | null;
  action: string;
  details: Record<string, unknown>;
}

/** Appends one line to the audit log, in the caller's transaction. */
export async function insertAuditEntry(
  tx: Queryable,
  entry: { userId: string | null; action: string; details: Record<string, unknown> },
): Promise<void> {
  await tx.query('INSERT INTO audit_log (user_id, action, details) VALUES ($1, $2, $3)', [
    entry.userId,
    entry.action,
    JSON.stringify(entry.details),
  ]);
}

/** A page of the log, newest first: the `limit` lines older than line `before` (if given). */
export async function listAuditEntries(
  db: Queryable,
  page: { before: number | null; limit: number },
): Promise<AuditEntry[]> {
  const rows = await db.query<Row>(
    `SELECT a.id, a.at, a.user_id, u.login, u.full_name, a.action, a.details
     FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
     WHERE $1::bigint IS NULL OR a.id < $1::bigint
     ORDER BY a.id DESC
     LIMIT $2`,
    [page.before, page.limit],
  );
  return rows.map((row) => ({
    id: Number(row.id),
    at: isoTimestamp(row.at),
    action: row.action,
    user:
      row.user_id === null
        ? null
        : { id: row.user_id, login: row.login ?? '', fullName: row.full_name ?? '' },
    details: row.details,
  }));
}

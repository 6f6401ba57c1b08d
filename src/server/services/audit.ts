import type { AuditPage } from '../../shared/schemas/audit.ts';
import type { Queryable } from '../db/port.ts';
import { insertAuditEntry, listAuditEntries } from '../queries/audit-log.ts';

/**
 * What the district must be able to account for: who (`userId`, `null` for
 * the server itself) did what (`action`, a stable code such as `user.create`,
 * `school.import`, `checklist.publish`, `export.xlsx`) with which details.
 * Never put a password or a token in `details`.
 */
export interface AuditInput {
  userId: string | null;
  action: string;
  details: Record<string, unknown>;
}

/**
 * Writes an audit line. Call it with the transaction that makes the change,
 * so that the change and its record are committed (or dropped) together.
 */
export async function recordAudit(tx: Queryable, entry: AuditInput): Promise<void> {
  await insertAuditEntry(tx, entry);
}

/** A page of the audit log, newest first, with the names of whoever did each thing. */
export async function auditPage(
  db: Queryable,
  query: { before?: number | undefined; limit: number },
): Promise<AuditPage> {
  const entries = await listAuditEntries(db, { before: query.before ?? null, limit: query.limit });
  const last = entries.at(-1);
  return { entries, nextBefore: entries.length === query.limit && last ? last.id : null };
}

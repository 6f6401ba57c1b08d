import { auditPageSchema } from '../../shared/schemas/audit.ts';
import { apiRequest } from './api-request.ts';

/** How many lines of the audit log one page brings. */
export const AUDIT_PAGE_SIZE = 50;

/** A page of the audit log, newest first: lines older than `before` when given. */
export function fetchAuditPage(token: string, before?: number) {
  const query = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE) });
  if (before !== undefined) query.set('before', String(before));
  return apiRequest(`/api/audit?${query.toString()}`, { token, schema: auditPageSchema });
}

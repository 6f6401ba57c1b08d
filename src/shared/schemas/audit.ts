import { z } from 'zod';

/** One line of the audit log, with whoever did it (`null`: the server or a command). */
export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.iso.datetime(),
  /** A stable code: `user.create`, `school.import`, `checklist.publish`, `export.xlsx`… */
  action: z.string(),
  user: z.object({ id: z.uuid(), login: z.string(), fullName: z.string() }).nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** A page of the log: newest first, lines older than `before`. */
export const auditQuerySchema = z.object({
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** `nextBefore` asks for the next (older) page; `null` when this page is the last one. */
export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  nextBefore: z.number().int().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;

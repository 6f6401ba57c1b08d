import { z } from 'zod';

/** Stable machine codes of every error the API can answer with. */
export const problemCodes = [
  'bad_request',
  'validation_failed',
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'unauthenticated',
  'invalid_credentials',
  'account_disabled',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'client_outdated',
  'sync_gap',
  'epoch_changed',
  'invalid_transition',
  'record_deleted',
  'visit_closed',
  'hash_mismatch',
  'internal',
] as const;

export const problemCodeSchema = z.enum(problemCodes);
export type ProblemCode = z.infer<typeof problemCodeSchema>;

export const problemSchema = z.object({
  code: problemCodeSchema,
  message: z.string(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

/** Where a validation error was found and what is wrong there. */
export const issueSchema = z.object({
  path: z.string(),
  message: z.string(),
});
export type Issue = z.infer<typeof issueSchema>;

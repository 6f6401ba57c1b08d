import type { ProblemCode } from '../../shared/schemas/problem.ts';

/** The HTTP status each problem code is sent with. */
export const problemStatus: Record<ProblemCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  malformed_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthenticated: 401,
  invalid_credentials: 401,
  account_disabled: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  client_outdated: 426,
  sync_gap: 409,
  epoch_changed: 409,
  invalid_transition: 409,
  record_deleted: 409,
  visit_closed: 409,
  hash_mismatch: 422,
  internal: 500,
};

import type { Problem, ProblemCode } from '../../shared/schemas/problem.ts';

/** What can go wrong talking to the server, as the app explains it to people. */
export type ApiFailureCode =
  ProblemCode | 'network_unavailable' | 'network_timeout' | 'unexpected_response';

export class ApiError extends Error {
  constructor(
    readonly code: ApiFailureCode,
    readonly problem?: Problem,
  ) {
    super(problem?.message ?? code);
  }
}

export function failureCodeOf(error: unknown): ApiFailureCode {
  return error instanceof ApiError ? error.code : 'unexpected_response';
}

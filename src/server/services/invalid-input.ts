import type { Issue } from '../../shared/schemas/problem.ts';
import { ProblemError } from '../problem-error.ts';

/**
 * A `validation_failed` problem in the shape endpoint() gives its own
 * (`details.issues`); the message a person reads is the first issue's unless given.
 */
export function invalidInput(issues: readonly [Issue, ...Issue[]], message?: string): ProblemError {
  return new ProblemError('validation_failed', { issues }, message ?? issues[0].message);
}

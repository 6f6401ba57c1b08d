import { problemMessagesRu } from '../shared/problem-messages.ts';
import type { Problem, ProblemCode } from '../shared/schemas/problem.ts';

/** A failure that reaches the client as a `Problem`; thrown by services and routes alike. */
export class ProblemError extends Error {
  readonly problem: Problem;

  constructor(code: ProblemCode, details?: Record<string, unknown>, message?: string) {
    const text = message ?? problemMessagesRu[code];
    super(text);
    this.problem =
      details === undefined ? { code, message: text } : { code, message: text, details };
  }
}

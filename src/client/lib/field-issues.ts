import { z } from 'zod';
import { issueSchema, type Issue } from '../../shared/schemas/problem.ts';
import { ApiError } from '../api/api-error.ts';

/** Validation messages: by form field, and those no field takes. */
export interface FieldIssues {
  byField: Partial<Record<string, string>>;
  other: string[];
}

/** Nothing to show. */
export const NO_ISSUES: FieldIssues = { byField: {}, other: [] };

const issueListSchema = z.array(issueSchema);
const conflictPathSchema = z.object({ path: z.string() });

/** `body.schoolIds.0` and `schoolIds` are both the field `schoolIds`. */
export function fieldOfPath(path: string): string {
  return path.replace(/^body\./, '').split('.')[0] ?? '';
}

/** Sorts issues to the fields they name; the first message of a field is the one shown. */
export function sortIssues(issues: readonly Issue[], fields: readonly string[]): FieldIssues {
  const result: FieldIssues = { byField: {}, other: [] };
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    if (fields.includes(field)) result.byField[field] ??= issue.message;
    else result.other.push(issue.message);
  }
  return result;
}

/** What zod found wrong with a form before anything was sent. */
export function formIssues(error: z.ZodError, fields: readonly string[]): FieldIssues {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  return sortIssues(issues, fields);
}

/** The issues of a server answer: `validation_failed`, or a `conflict` naming its field. */
export function serverIssues(error: unknown, fields: readonly string[]): FieldIssues {
  if (!(error instanceof ApiError) || !error.problem) return NO_ISSUES;
  const { details, message } = error.problem;
  if (error.code === 'validation_failed') {
    const issues = issueListSchema.safeParse(details?.issues);
    return issues.success ? sortIssues(issues.data, fields) : NO_ISSUES;
  }
  const conflict = conflictPathSchema.safeParse(details);
  if (error.code === 'conflict' && conflict.success) {
    return sortIssues([{ path: conflict.data.path, message }], fields);
  }
  return NO_ISSUES;
}

/** Whether some message sits at a field (the notice above then only points at them). */
export function hasFieldIssues(issues: FieldIssues): boolean {
  return Object.keys(issues.byField).length > 0;
}

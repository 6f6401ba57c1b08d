import { z } from 'zod';
import { issueSchema } from '../../../shared/schemas/problem.ts';
import { ApiError } from '../../api/api-error.ts';

/** The server's validation messages: by form field, and those no field takes. */
export interface FieldIssues {
  byField: Partial<Record<string, string>>;
  other: string[];
}

const issueListSchema = z.array(issueSchema);

/**
 * Reads a `validation_failed` answer: `body.inspectorIds.0` becomes the field
 * `inspectorIds`; the first message of a field is the one shown at it.
 */
export function fieldIssues(error: unknown, fields: readonly string[]): FieldIssues {
  const result: FieldIssues = { byField: {}, other: [] };
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return result;
  const issues = issueListSchema.safeParse(error.problem?.details?.issues);
  for (const issue of issues.success ? issues.data : []) {
    const field = issue.path.replace(/^body\./, '').split('.')[0] ?? '';
    if (!fields.includes(field)) result.other.push(issue.message);
    else result.byField[field] ??= issue.message;
  }
  return result;
}

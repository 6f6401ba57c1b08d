import { z } from 'zod';
import { issueSchema } from '../../../../shared/schemas/problem.ts';
import { ApiError } from '../../../api/api-error.ts';

const issuesSchema = z.array(issueSchema);
const PLACES: Record<string, string> = { sections: 'раздел', items: 'пункт', options: 'вариант' };

/**
 * Where in a checklist definition an issue is, as a person counts:
 * `body.sections.0.items.3.key` is «раздел 1, пункт 4, key».
 */
export function definitionPlace(path: string): string {
  const parts = path
    .replace(/^body\.?/, '')
    .split('.')
    .filter(Boolean);
  const words: string[] = [];
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i] ?? '';
    const place = PLACES[part];
    const index = Number(parts[i + 1]);
    if (place !== undefined && Number.isInteger(index)) {
      words.push(`${place} ${String(index + 1)}`);
      i += 1;
    } else words.push(part);
  }
  return words.join(', ');
}

/** The lines of a refused definition, each with its place; none for other failures. */
export function definitionIssueLines(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return [];
  const issues = issuesSchema.safeParse(error.problem?.details?.issues);
  if (!issues.success) return [];
  return issues.data.map((issue) => {
    const place = definitionPlace(issue.path);
    return place ? `${place}: ${issue.message}` : issue.message;
  });
}

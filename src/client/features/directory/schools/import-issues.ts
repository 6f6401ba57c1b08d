import type { Issue } from '../../../../shared/schemas/problem.ts';

/**
 * An issue of a preview line without the line number the table shows beside it:
 * «строка 3, «краткое наименование»» becomes «краткое наименование»: message.
 */
export function rowIssueText(issue: Issue): string {
  const place = issue.path.replace(/^строка \d+,?\s*/, '');
  return place ? `${place}: ${issue.message}` : issue.message;
}

/** An issue with its whole place, for a list without a table around it. */
export function issueText(issue: Issue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

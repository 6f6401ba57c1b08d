import { Notice } from '../../components/notice.tsx';
import type { FieldIssues } from '../../lib/field-issues.ts';
import { useFailureText } from '../../lib/use-failure-text.ts';

/** Why a form's request failed, with the server's messages no field took. */
export function RequestFailure({ error, issues }: { error: unknown; issues: FieldIssues }) {
  const failureText = useFailureText();
  if (error === undefined) return null;
  return (
    <Notice tone="error">
      {failureText(error)}
      {issues.other.length > 0 && (
        <ul className="plan-issues">
          {issues.other.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </Notice>
  );
}

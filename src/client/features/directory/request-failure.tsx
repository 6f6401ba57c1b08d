import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice.tsx';
import { hasFieldIssues, type FieldIssues } from '../../lib/field-issues.ts';
import { useFailureText } from '../../lib/use-failure-text.ts';

interface RequestFailureProps {
  error: unknown;
  issues: FieldIssues;
}

/** Why a form could not be saved, with the messages no field took. */
export function RequestFailure({ error, issues }: RequestFailureProps) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const atFields = hasFieldIssues(issues);
  if (error === undefined && !atFields && issues.other.length === 0) return null;
  return (
    <Notice tone="error">
      <p className="directory-notice__text">
        {atFields || error === undefined ? t('directory.checkFields') : failureText(error)}
      </p>
      {issues.other.length > 0 && (
        <ul className="directory-issues">
          {issues.other.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </Notice>
  );
}

import { useTranslation } from 'react-i18next';
import { ApiError, failureCodeOf } from '../../api/api-error.ts';

/** Problems whose server message says more than the general sentence (why a plan cannot be cancelled). */
const SERVER_WORDED = new Set(['conflict', 'not_found']);

/** The sentence a person reads for a failed request to the plan's API. */
export function useFailureText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    const code = failureCodeOf(error);
    if (error instanceof ApiError && error.problem && SERVER_WORDED.has(code)) {
      return error.problem.message;
    }
    return t(`problems.${code}`);
  };
}

import { useTranslation } from 'react-i18next';
import { ApiError, failureCodeOf, type ApiFailureCode } from '../api/api-error.ts';

/**
 * Problems whose server message says more than the general sentence: why an
 * account may not be changed, which name is taken, what is wrong with a file.
 */
const SERVER_WORDED = new Set<ApiFailureCode>([
  'forbidden',
  'conflict',
  'not_found',
  'bad_request',
  'validation_failed',
]);

/** The sentence a person reads for a failed request of a coordinator's screen (directory, plan). */
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

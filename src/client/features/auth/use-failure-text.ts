import { useTranslation } from 'react-i18next';
import type { LoginFailure } from './use-login.ts';

/** The sentence a person reads for a failed sign-in. */
export function useFailureText(failure: LoginFailure | undefined): string | undefined {
  const { t } = useTranslation();
  if (failure === undefined) return undefined;
  switch (failure.code) {
    case 'login_required':
      return t('login.loginRequired');
    case 'password_required':
      return t('login.passwordRequired');
    case 'other_person_unsent':
      return t('login.otherPersonUnsent', { count: failure.unsent, name: failure.holder });
    default:
      return t(`problems.${failure.code}`);
  }
}

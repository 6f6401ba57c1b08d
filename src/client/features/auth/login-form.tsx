import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice.tsx';
import { useFailureText } from './use-failure-text.ts';
import type { LoginFailure } from './use-login.ts';

interface LoginFormProps {
  defaultLogin: string;
  failure: LoginFailure | undefined;
  busy: boolean;
  onSubmit: (login: string, password: string) => void;
}

function fieldText(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

export function LoginForm({ defaultLogin, failure, busy, onSubmit }: LoginFormProps) {
  const { t } = useTranslation();
  const failureText = useFailureText(failure);
  const [showPassword, setShowPassword] = useState(false);
  const ids = { login: useId(), password: useId(), show: useId(), error: useId() };
  const code = failure?.code;

  function submit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onSubmit(fieldText(form, 'login'), fieldText(form, 'password'));
  }

  return (
    <form onSubmit={submit} noValidate aria-describedby={failureText ? ids.error : undefined}>
      <label className="field" htmlFor={ids.login}>
        <span className="field__label">{t('login.login')}</span>
        <input
          id={ids.login}
          name="login"
          defaultValue={defaultLogin}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          className="field__input"
          aria-invalid={code === 'login_required' || code === 'invalid_credentials'}
        />
      </label>
      <label className="field" htmlFor={ids.password}>
        <span className="field__label">{t('login.password')}</span>
        <input
          id={ids.password}
          name="password"
          type={showPassword ? 'text' : 'password'}
          autoComplete="current-password"
          className="field__input"
          aria-invalid={code === 'password_required' || code === 'invalid_credentials'}
        />
      </label>
      <label className="checkbox" htmlFor={ids.show}>
        <input
          id={ids.show}
          type="checkbox"
          checked={showPassword}
          onChange={(e) => setShowPassword(e.target.checked)}
        />
        <span>{t('login.showPassword')}</span>
      </label>
      {failureText && (
        <div id={ids.error}>
          <Notice tone="error">{failureText}</Notice>
        </div>
      )}
      <button type="submit" className="button button--primary button--wide" disabled={busy}>
        {busy ? t('login.submitting') : t('login.submit')}
      </button>
    </form>
  );
}

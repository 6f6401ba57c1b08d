import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Notice } from '../../components/notice.tsx';
import { useOnlineStatus } from '../../pwa/use-online-status.ts';
import { useFirstScreenMark } from '../../pwa/use-first-screen-mark.ts';
import { useLogin, type LoginFailure } from './use-login.ts';

function useFailureText(failure: LoginFailure | undefined): string | undefined {
  const { t } = useTranslation();
  if (failure === undefined) return undefined;
  if (failure === 'login_required') return t('login.loginRequired');
  if (failure === 'password_required') return t('login.passwordRequired');
  return t(`problems.${failure}`);
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const online = useOnlineStatus();
  const { failure, busy, submit } = useLogin(() => void navigate('/', { replace: true }));
  const failureText = useFailureText(failure);
  const [showPassword, setShowPassword] = useState(false);
  const ids = { login: useId(), password: useId(), show: useId(), error: useId() };
  useFirstScreenMark();

  function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    void submit(text('login'), text('password'));
  }

  return (
    <main className="login" id="main">
      <form
        className="login__card"
        onSubmit={onSubmit}
        noValidate
        aria-describedby={failureText ? ids.error : undefined}
      >
        <img className="login__logo" src="/icons/icon-192.png" alt="" width="72" height="72" />
        <h1 className="login__title">{t('app.name')}</h1>
        <p className="login__tagline">{t('app.tagline')}</p>
        <h2 className="visually-hidden">{t('login.title')}</h2>
        <label className="field" htmlFor={ids.login}>
          <span className="field__label">{t('login.login')}</span>
          <input
            id={ids.login}
            name="login"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            className="field__input"
            aria-invalid={failure === 'login_required' || failure === 'invalid_credentials'}
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
            aria-invalid={failure === 'password_required' || failure === 'invalid_credentials'}
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
        {!online && <Notice tone="warning">{t('login.needNetwork')}</Notice>}
        <button type="submit" className="button button--primary button--wide" disabled={busy}>
          {busy ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </main>
  );
}

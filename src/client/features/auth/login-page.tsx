import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Notice } from '../../components/notice.tsx';
import { useSession } from '../../db/live-queries.ts';
import { useFirstScreenMark } from '../../pwa/use-first-screen-mark.ts';
import { useOnlineStatus } from '../../pwa/use-online-status.ts';
import { LoginForm } from './login-form.tsx';
import { useLogin } from './use-login.ts';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const online = useOnlineStatus();
  const session = useSession();
  const { failure, busy, submit } = useLogin(() => void navigate('/', { replace: true }));
  useFirstScreenMark();
  const again = session?.needsSignIn === true;

  return (
    <main className="login" id="main">
      <div className="login__card">
        <img className="login__logo" src="/icons/icon-192.png" alt="" width="72" height="72" />
        <h1 className="login__title">{t('app.name')}</h1>
        <p className="login__tagline">{t('app.tagline')}</p>
        <h2 className="visually-hidden">{t('login.title')}</h2>
        {again && <Notice tone="info">{t('login.signInAgain')}</Notice>}
        {!online && <Notice tone="warning">{t('login.needNetwork')}</Notice>}
        {session !== undefined && (
          <LoginForm
            defaultLogin={again ? session.user.login : ''}
            failure={failure}
            busy={busy}
            onSubmit={(login, password) => void submit(login, password)}
          />
        )}
      </div>
    </main>
  );
}

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Notice } from '../components/notice.tsx';

/** Shown on every screen while the server refuses the device's token. */
export function SignInAgainNotice() {
  const { t } = useTranslation();
  return (
    <Notice tone="warning">
      <p className="notice__text">{t('network.signInAgain')}</p>
      <Link className="button" to="/login">
        {t('network.signInAgainAction')}
      </Link>
    </Notice>
  );
}

import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice.tsx';
import { useLogout } from './use-logout.ts';

export function LogoutButton() {
  const { t } = useTranslation();
  const { logout, refusedUnsent } = useLogout();
  return (
    <div className="logout">
      <button type="button" className="button" onClick={() => void logout()}>
        {t('logout.button')}
      </button>
      {refusedUnsent !== undefined && (
        <Notice tone="error">{t('logout.refused', { count: refusedUnsent })}</Notice>
      )}
    </div>
  );
}

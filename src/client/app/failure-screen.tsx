import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { ReloadScreen } from '../components/reload-screen.tsx';

/** Shown instead of a blank page when a screen throws; the device's data is untouched. */
export function FailureScreen() {
  const { t } = useTranslation();
  console.error(useRouteError());
  return (
    <ReloadScreen title={t('failure.title')} reloadLabel={t('failure.reload')}>
      <p>{t('failure.text')}</p>
    </ReloadScreen>
  );
}

import { useTranslation } from 'react-i18next';
import { ReloadScreen } from '../components/reload-screen.tsx';

interface StorageFailureScreenProps {
  errorName: string;
}

/** The device's database could not be opened: nothing was deleted, and here is what to do. */
export function StorageFailureScreen({ errorName }: StorageFailureScreenProps) {
  const { t } = useTranslation();
  const reason =
    errorName === 'VersionError'
      ? t('storageFailure.newer')
      : errorName === 'QuotaExceededError'
        ? t('storageFailure.quota')
        : t('storageFailure.other');
  return (
    <ReloadScreen title={t('storageFailure.title')} reloadLabel={t('failure.reload')}>
      <p>{reason}</p>
      <p>{t('storageFailure.safe')}</p>
    </ReloadScreen>
  );
}

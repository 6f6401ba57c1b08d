import { useTranslation } from 'react-i18next';

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
    <main className="page page--centered" id="main">
      <h1 className="page__title">{t('storageFailure.title')}</h1>
      <p>{reason}</p>
      <p>{t('storageFailure.safe')}</p>
      <button
        type="button"
        className="button button--primary"
        onClick={() => window.location.reload()}
      >
        {t('failure.reload')}
      </button>
    </main>
  );
}

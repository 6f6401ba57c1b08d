import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** Shown instead of a blank page when a screen throws; the device's data is untouched. */
export function FailureScreen() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <main className="page page--centered" id="main">
      <h1 className="page__title">{t('failure.title')}</h1>
      <p>{t('failure.text')}</p>
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

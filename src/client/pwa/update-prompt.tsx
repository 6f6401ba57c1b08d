import { useTranslation } from 'react-i18next';
import { applyUpdate, dismissUpdate, reloadPage } from './service-worker-state.ts';
import { useServiceWorker } from './use-service-worker.ts';

/** «Доступна новая версия»: the reload happens only when the person presses the button. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const { updateWaiting, reloadNeeded } = useServiceWorker();
  if (!updateWaiting && !reloadNeeded) return null;
  return (
    <div className="update-prompt" role="status" aria-live="polite">
      <div>
        <strong>{reloadNeeded ? t('update.elsewhere') : t('update.available')}</strong>
        <span className="update-prompt__hint">{t('update.hint')}</span>
      </div>
      <div className="update-prompt__actions">
        <button
          type="button"
          className="button button--primary"
          onClick={reloadNeeded ? reloadPage : applyUpdate}
        >
          {reloadNeeded ? t('update.reload') : t('update.apply')}
        </button>
        {!reloadNeeded && (
          <button type="button" className="button" onClick={dismissUpdate}>
            {t('update.later')}
          </button>
        )}
      </div>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { applyUpdate, dismissUpdate } from './service-worker-state.ts';
import { useServiceWorker } from './use-service-worker.ts';

/** «Доступна новая версия»: the reload happens only when the person presses the button. */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const { updateWaiting } = useServiceWorker();
  if (!updateWaiting) return null;
  return (
    <div className="update-prompt" role="status" aria-live="polite">
      <div>
        <strong>{t('update.available')}</strong>
        <span className="update-prompt__hint">{t('update.hint')}</span>
      </div>
      <div className="update-prompt__actions">
        <button type="button" className="button button--primary" onClick={applyUpdate}>
          {t('update.apply')}
        </button>
        <button type="button" className="button" onClick={dismissUpdate}>
          {t('update.later')}
        </button>
      </div>
    </div>
  );
}

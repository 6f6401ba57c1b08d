import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { readStorageFacts } from '../../pwa/persistent-storage.ts';
import { useServiceWorker } from '../../pwa/use-service-worker.ts';

/** Whether this tablet is ready for a day without network. */
export function DeviceCard() {
  const { t } = useTranslation();
  const worker = useServiceWorker();
  const [persisted, setPersisted] = useState<boolean | undefined>();
  useEffect(() => {
    void readStorageFacts().then((facts) => setPersisted(facts.persisted));
  }, []);

  const offlineText = !worker.supported
    ? t('home.offlineUnsupported')
    : worker.offlineReady
      ? t('home.offlineReady')
      : t('home.offlinePreparing');

  return (
    <section className="card" aria-labelledby="home-device">
      <h2 className="card__title" id="home-device">
        {t('home.deviceTitle')}
      </h2>
      <p data-testid="offline-readiness">{offlineText}</p>
      {persisted !== undefined && (
        <p>{persisted ? t('home.storagePersistent') : t('home.storageNotPersistent')}</p>
      )}
      <Link className="button" to="/settings">
        {t('home.openSettings')}
      </Link>
    </section>
  );
}

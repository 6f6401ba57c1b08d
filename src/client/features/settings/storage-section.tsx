import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../components/detail-list.tsx';
import { Notice } from '../../components/notice.tsx';
import { formatBytes } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import {
  readStorageFacts,
  requestPersistentStorage,
  type StorageFacts,
} from '../../pwa/persistent-storage.ts';

/** How much the device holds, how much is left, and whether the browser may evict it. */
export function StorageSection() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [facts, setFacts] = useState<StorageFacts | undefined>();
  const [refused, setRefused] = useState(false);
  const reload = useCallback(() => void readStorageFacts().then(setFacts), []);
  useEffect(reload, [reload]);

  async function protect() {
    const granted = await requestPersistentStorage();
    setRefused(!granted);
    reload();
  }

  const sized = facts?.usage !== undefined && facts.quota !== undefined;
  return (
    <section className="card" aria-labelledby="settings-storage">
      <h2 className="card__title" id="settings-storage">
        {t('settings.storage')}
      </h2>
      {facts === undefined ? null : (
        <>
          {sized ? (
            <DetailList
              rows={[
                {
                  label: t('settings.storageUsed'),
                  value: formatBytes(facts.usage ?? 0, language),
                },
                {
                  label: t('settings.storageAvailable'),
                  value: formatBytes((facts.quota ?? 0) - (facts.usage ?? 0), language),
                },
                {
                  label: t('settings.persistence'),
                  value: facts.persisted ? t('settings.persistent') : t('settings.notPersistent'),
                },
              ]}
            />
          ) : (
            <p>{t('settings.storageUnknown')}</p>
          )}
          {facts.persisted === false && (
            <button type="button" className="button" onClick={() => void protect()}>
              {t('settings.requestPersistence')}
            </button>
          )}
          {refused && <Notice tone="warning">{t('settings.persistenceRefused')}</Notice>}
        </>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { version } from '../../../../package.json';
import { DetailList } from '../../components/detail-list.tsx';
import { useSchool, useSession } from '../../db/live-queries.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useFirstScreenMark } from '../../pwa/use-first-screen-mark.ts';
import { useServiceWorker } from '../../pwa/use-service-worker.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { LogoutButton } from './logout-button.tsx';
import { StorageSection } from './storage-section.tsx';

export function SettingsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  const school = useSchool(session?.user.schoolId ?? '');
  const worker = useServiceWorker();
  useFirstScreenMark();

  return (
    <div className="page">
      <h1 className="page__title">{t('settings.title')}</h1>
      <div className="stack">
        <section className="card" aria-label={t('settings.language')}>
          <LanguageSwitch />
        </section>
        {session && (
          <section className="card" aria-labelledby="settings-account">
            <h2 className="card__title" id="settings-account">
              {t('settings.account')}
            </h2>
            <DetailList
              rows={[
                { label: t('settings.person'), value: session.user.fullName },
                { label: t('settings.loginName'), value: session.user.login },
                { label: t('settings.role'), value: t(`roles.${session.user.role}`) },
                ...(school ? [{ label: t('settings.school'), value: school.shortName }] : []),
                {
                  label: t('settings.sessionUntil'),
                  value: formatDateTime(session.expiresAt, language),
                },
              ]}
            />
            <LogoutButton />
          </section>
        )}
        <StorageSection />
        <section className="card" aria-labelledby="settings-app">
          <h2 className="card__title" id="settings-app">
            {t('settings.app')}
          </h2>
          <DetailList
            rows={[
              {
                label: t('settings.offline'),
                value: worker.offlineReady
                  ? t('home.offlineReady')
                  : worker.supported
                    ? t('home.offlinePreparing')
                    : t('home.offlineUnsupported'),
              },
              { label: t('settings.version'), value: version },
            ]}
          />
        </section>
      </div>
    </div>
  );
}

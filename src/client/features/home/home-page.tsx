import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  useDirectoryRefreshedAt,
  useSchools,
  useSession,
  useUnsentCount,
} from '../../db/live-queries.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { useFirstScreenMark } from '../../pwa/use-first-screen-mark.ts';
import { DeviceCard } from './device-card.tsx';
import { PlansCard } from './plans-card.tsx';
import { VisitsCard } from './visits-card.tsx';

/** Greets the person by first name and patronymic, as is polite in Russian. */
function politeName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  return parts.length >= 3 ? parts.slice(1).join(' ') : fullName;
}

export function HomePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const session = useSession();
  const schools = useSchools();
  const refreshedAt = useDirectoryRefreshedAt();
  const unsent = useUnsentCount();
  useFirstScreenMark();

  return (
    <div className="page">
      <h1 className="page__title">
        {session ? t('home.greeting', { name: politeName(session.user.fullName) }) : t('app.name')}
      </h1>
      {session && <p className="page__subtitle">{t(`roles.${session.user.role}`)}</p>}
      <div className="cards">
        {session && (session.user.role === 'inspector' || session.user.role === 'school') && (
          <PlansCard />
        )}
        <VisitsCard />
        <section className="card" aria-labelledby="home-directory">
          <h2 className="card__title" id="home-directory">
            {t('home.directoryTitle')}
          </h2>
          {schools === undefined ? null : schools.length === 0 ? (
            <p>{t('home.directoryEmpty')}</p>
          ) : (
            <p className="card__figure">{t('home.directoryCount', { count: schools.length })}</p>
          )}
          {refreshedAt && (
            <p className="card__meta">
              {t('home.directoryRefreshed', { when: formatDateTime(refreshedAt, language) })}
            </p>
          )}
          <Link className="button" to="/schools">
            {t('home.openDirectory')}
          </Link>
        </section>
        <section className="card" aria-labelledby="home-outbox">
          <h2 className="card__title" id="home-outbox">
            {t('home.outboxTitle')}
          </h2>
          {unsent !== undefined && (
            <p className={unsent > 0 ? 'card__figure card__figure--warning' : 'card__figure'}>
              {unsent > 0 ? t('home.outboxWaiting', { count: unsent }) : t('home.outboxNone')}
            </p>
          )}
        </section>
        <DeviceCard />
      </div>
    </div>
  );
}

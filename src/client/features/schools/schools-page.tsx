import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/loading.tsx';
import { SchoolSearch } from '../../components/school-search.tsx';
import { useSchools } from '../../db/live-queries.ts';
import { useOnlineStatus } from '../../pwa/use-online-status.ts';
import { useFirstScreenMark } from '../../pwa/use-first-screen-mark.ts';
import { useDirectoryPull } from '../../sync/use-directory-pull.ts';
import { DirectoryStatus } from './directory-status.tsx';

export function SchoolsPage() {
  const { t } = useTranslation();
  const schools = useSchools();
  const online = useOnlineStatus();
  const { state, pull } = useDirectoryPull(true);
  useFirstScreenMark();

  return (
    <div className="page">
      <h1 className="page__title">{t('schools.title')}</h1>
      <DirectoryStatus state={state} onRefresh={pull} />
      {schools === undefined ? (
        <Loading label={t('common.loading')} />
      ) : schools.length === 0 ? (
        <p className="empty">{online ? t('schools.empty') : t('schools.emptyOffline')}</p>
      ) : (
        <SchoolSearch schools={schools}>
          {(found) => (
            <ul className="school-list">
              {found.map((school) => (
                <li key={school.id}>
                  <Link className="school-list__item" to={`/schools/${school.id}`}>
                    <span className="school-list__name">{school.shortName}</span>
                    <span className="school-list__meta">
                      {[school.address, school.director].filter(Boolean).join(' · ')}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </SchoolSearch>
      )}
    </div>
  );
}

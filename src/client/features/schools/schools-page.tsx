import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '../../components/loading.tsx';
import { useSchools } from '../../db/live-queries.ts';
import { useOnlineStatus } from '../../pwa/use-online-status.ts';
import { useFirstScreenMark } from '../../pwa/use-first-screen-mark.ts';
import { useDirectoryPull } from '../../sync/use-directory-pull.ts';
import { DirectoryStatus } from './directory-status.tsx';
import { searchSchools } from './school-search.ts';

export function SchoolsPage() {
  const { t } = useTranslation();
  const schools = useSchools();
  const online = useOnlineStatus();
  const { state, pull } = useDirectoryPull(true);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const searchId = useId();
  useFirstScreenMark();

  const found = schools ? searchSchools(schools, deferredQuery) : [];
  const searching = deferredQuery.trim() !== '';

  return (
    <div className="page">
      <h1 className="page__title">{t('schools.title')}</h1>
      <DirectoryStatus state={state} onRefresh={pull} />
      {schools === undefined ? (
        <Loading label={t('common.loading')} />
      ) : schools.length === 0 ? (
        <p className="empty">{online ? t('schools.empty') : t('schools.emptyOffline')}</p>
      ) : (
        <>
          <label className="field field--search" htmlFor={searchId}>
            <span className="field__label">{t('schools.search')}</span>
            <input
              id={searchId}
              type="search"
              className="field__input"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </label>
          <p className="list-count" aria-live="polite">
            {searching
              ? t('schools.found', { count: found.length })
              : t('schools.count', { count: schools.length })}
          </p>
          {found.length === 0 ? (
            <p className="empty">{t('schools.nothingFound', { query: deferredQuery.trim() })}</p>
          ) : (
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
        </>
      )}
    </div>
  );
}

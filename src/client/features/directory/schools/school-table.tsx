import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { School } from '../../../../shared/schemas/school.ts';
import { findSchools } from './school-search.ts';

interface SchoolTableProps {
  schools: readonly School[];
  onEdit: (school: School) => void;
}

/** The directory's schools with a search, each with a button to change it. */
export function SchoolTable({ schools, onEdit }: SchoolTableProps) {
  const { t } = useTranslation();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const found = findSchools(schools, deferred);
  const searching = deferred.trim() !== '';
  if (schools.length === 0) return <p className="empty">{t('directory.schools.empty')}</p>;
  return (
    <>
      <div className="field field--search">
        <label className="field__label" htmlFor={searchId}>
          {t('directory.schools.search')}
        </label>
        <input
          id={searchId}
          type="search"
          className="field__input"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <p className="list-count" aria-live="polite">
        {searching
          ? t('directory.schools.found', { count: found.length })
          : t('directory.schools.count', { count: schools.length })}
      </p>
      {found.length === 0 ? (
        <p className="empty">{t('directory.schools.nothingFound', { query: deferred.trim() })}</p>
      ) : (
        <div className="directory-table-wrap">
          <table className="directory-table">
            <thead>
              <tr>
                <th scope="col">{t('directory.schools.columns.school')}</th>
                <th scope="col">{t('directory.schools.columns.address')}</th>
                <th scope="col">{t('directory.schools.columns.director')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('directory.schools.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {found.map((school) => (
                <tr key={school.id}>
                  <td>
                    <span className="directory-table__main">{school.shortName}</span>
                    <span className="directory-table__meta">{school.municipality}</span>
                  </td>
                  <td>{school.address || '—'}</td>
                  <td>
                    {school.director || '—'}
                    {school.phone && (
                      <span className="directory-table__meta directory-table__nowrap">
                        {school.phone}
                      </span>
                    )}
                  </td>
                  <td className="directory-table__actions">
                    <button
                      type="button"
                      className="button"
                      aria-label={t('directory.schools.editOf', { name: school.shortName })}
                      onClick={() => onEdit(school)}
                    >
                      {t('directory.edit')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

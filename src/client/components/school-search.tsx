import { useDeferredValue, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { School } from '../../shared/schemas/school.ts';
import { searchSchools } from '../lib/school-search.ts';

interface SchoolSearchProps {
  schools: readonly School[];
  /** Draws the schools the query finds (at least one). */
  children: (found: School[]) => ReactNode;
}

/**
 * A search over schools: the field, how many there are or were found, and
 * «nothing found» in place of the list when the query matches none. The list
 * follows the typing a moment later, so that a long one does not hold up keys.
 */
export function SchoolSearch({ schools, children }: SchoolSearchProps) {
  const { t } = useTranslation();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const found = searchSchools(schools, deferred);
  const searching = deferred.trim() !== '';
  return (
    <>
      <label className="field field--search" htmlFor={searchId}>
        <span className="field__label">{t('schools.search')}</span>
        <input
          id={searchId}
          type="search"
          className="field__input"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </label>
      <p className="list-count" aria-live="polite">
        {searching
          ? t('schools.found', { count: found.length })
          : t('schools.count', { count: schools.length })}
      </p>
      {found.length === 0 ? (
        <p className="empty">{t('schools.nothingFound', { query: deferred.trim() })}</p>
      ) : (
        children(found)
      )}
    </>
  );
}

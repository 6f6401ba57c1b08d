import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DirectoryUser } from '../../../../shared/schemas/directory.ts';
import type { School } from '../../../../shared/schemas/school.ts';
import { setInspectorSchools } from '../../../api/users-api.ts';
import { Notice } from '../../../components/notice.tsx';
import { searchSchools } from '../../../lib/school-search.ts';
import { useFailureText } from '../../../lib/use-failure-text.ts';
import { useRequest } from '../../../lib/use-request.ts';

interface CoverageEditorProps {
  inspector: DirectoryUser;
  schools: readonly School[];
  token: string;
  online: boolean;
  onSaved: (inspector: DirectoryUser) => void;
}

/** The schools an inspector covers, as checkboxes with a search; saved as a whole list. */
export function CoverageEditor({
  inspector,
  schools,
  token,
  online,
  onSaved,
}: CoverageEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const failureText = useFailureText();
  const request = useRequest();
  const [chosen, setChosen] = useState(() => new Set(inspector.schoolIds));
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const found = searchSchools(schools, deferred);
  const mark = (ids: readonly string[], on: boolean) =>
    setChosen((before) => {
      const next = new Set(before);
      for (const schoolId of ids) {
        if (on) next.add(schoolId);
        else next.delete(schoolId);
      }
      return next;
    });
  const save = async () => {
    // Only schools still in the directory: a removed one would be refused.
    const ids = schools.filter((school) => chosen.has(school.id)).map((school) => school.id);
    const saved = await request.run(() => setInspectorSchools(token, inspector.id, ids));
    if (saved) onSaved(saved);
  };
  const foundIds = found.map((school) => school.id);

  return (
    <div className="coverage-editor">
      <div className="field field--search">
        <label className="field__label" htmlFor={`${id}-search`}>
          {t('directory.coverage.search')}
        </label>
        <input
          id={`${id}-search`}
          type="search"
          className="field__input"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      <fieldset className="coverage-editor__choices">
        <legend className="field__label">
          {t('directory.coverage.schoolsOf', { name: inspector.fullName })}
        </legend>
        <p className="list-count" aria-live="polite">
          {t('directory.coverage.selected', { count: chosen.size })}
        </p>
        <div className="directory-buttons">
          <button type="button" className="button" onClick={() => mark(foundIds, true)}>
            {t('directory.coverage.selectFound')}
          </button>
          <button type="button" className="button" onClick={() => mark(foundIds, false)}>
            {t('directory.coverage.clearFound')}
          </button>
        </div>
        {found.length === 0 ? (
          <p className="empty">
            {t('directory.coverage.nothingFound', { query: deferred.trim() })}
          </p>
        ) : (
          <div className="coverage-editor__options">
            {found.map((school) => (
              <label key={school.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.has(school.id)}
                  onChange={(event) => mark([school.id], event.target.checked)}
                />
                <span>{school.shortName}</span>
              </label>
            ))}
          </div>
        )}
      </fieldset>
      {request.error !== undefined && <Notice tone="error">{failureText(request.error)}</Notice>}
      <div className="directory-buttons">
        <button
          type="button"
          className="button button--primary"
          disabled={request.busy || !online}
          onClick={() => void save()}
        >
          {request.busy ? t('directory.saving') : t('directory.save')}
        </button>
        {!online && <span className="field__hint">{t('directory.needsNetwork')}</span>}
      </div>
    </div>
  );
}

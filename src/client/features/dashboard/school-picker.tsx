import { useTranslation } from 'react-i18next';
import type { School } from '../../../shared/schemas/school.ts';

interface SchoolPickerProps {
  schools: readonly School[];
  chosen: ReadonlySet<string>;
  onChange: (chosen: ReadonlySet<string>) => void;
}

/** Several schools ticked in a list that opens under its summary; none ticked means all. */
export function SchoolPicker({ schools, chosen, onChange }: SchoolPickerProps) {
  const { t } = useTranslation();
  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (!next.delete(id)) next.add(id);
    onChange(next);
  };
  const sorted = [...schools].sort((a, b) => a.shortName.localeCompare(b.shortName, 'ru'));
  return (
    <details className="school-picker">
      <summary className="school-picker__summary">
        <span className="field__label">{t('dashboard.filter.schools')}</span>
        <span className="school-picker__chosen">
          {chosen.size === 0
            ? t('dashboard.filter.allSchools')
            : t('dashboard.filter.chosen', { count: chosen.size })}
        </span>
      </summary>
      <fieldset className="school-picker__list">
        <legend className="visually-hidden">{t('dashboard.filter.schools')}</legend>
        {schools.length === 0 && <p>{t('dashboard.filter.noSchools')}</p>}
        {chosen.size > 0 && (
          <button
            type="button"
            className="button button--small"
            onClick={() => onChange(new Set())}
          >
            {t('dashboard.filter.chooseAll')}
          </button>
        )}
        {sorted.map((school) => (
          <label key={school.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.has(school.id)}
              onChange={() => toggle(school.id)}
            />
            {school.shortName}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

import { useTranslation } from 'react-i18next';
import type { School } from '../../../shared/schemas/school.ts';
import { ChoiceChecks } from './choice-checks.tsx';

interface SchoolChoiceProps {
  name: string;
  schools: readonly School[];
  all: boolean;
  chosen: readonly string[];
  onChange: (change: { allSchools: boolean; schoolIds: string[] }) => void;
  error: string | undefined;
  errorId: string;
}

/** Every school of the district, or the ones ticked («выбрать все» ticks them all). */
export function SchoolChoice({
  name,
  schools,
  all,
  chosen,
  onChange,
  error,
  errorId,
}: SchoolChoiceProps) {
  const { t } = useTranslation();
  const ids = schools.map((school) => school.id);
  return (
    <div className="school-choice">
      <fieldset className="segmented">
        <legend className="field__label">{t('plans.round.schools')}</legend>
        {[true, false].map((value) => (
          <label key={String(value)} className="segmented__option">
            <input
              type="radio"
              name={name}
              checked={all === value}
              onChange={() => onChange({ allSchools: value, schoolIds: [...chosen] })}
            />
            <span>
              {value
                ? t('plans.round.allSchools', { count: ids.length })
                : t('plans.round.chosenSchools')}
            </span>
          </label>
        ))}
      </fieldset>
      {all ? (
        error && (
          <p className="field__error" id={errorId}>
            {error}
          </p>
        )
      ) : (
        <ChoiceChecks
          legend={t('plans.round.chosenCount', { count: chosen.length })}
          choices={schools.map((school) => ({ value: school.id, label: school.shortName }))}
          chosen={chosen}
          onChange={(schoolIds) => onChange({ allSchools: false, schoolIds })}
          error={error}
          errorId={errorId}
          tools={
            <div className="choice-list__tools">
              <button
                type="button"
                className="button"
                onClick={() => onChange({ allSchools: false, schoolIds: ids })}
              >
                {t('plans.round.selectAll')}
              </button>
              <button
                type="button"
                className="button"
                onClick={() => onChange({ allSchools: false, schoolIds: [] })}
              >
                {t('plans.round.clearAll')}
              </button>
            </div>
          }
        />
      )}
    </div>
  );
}

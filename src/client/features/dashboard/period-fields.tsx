import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterDraft } from './filter-draft.ts';
import { periodPresets, presetOf, presetPeriod } from './period-presets.ts';

interface PeriodFieldsProps {
  draft: FilterDraft;
  today: string;
  onChange: (part: Partial<FilterDraft>) => void;
  /** The message that says what is wrong with the period, when something is. */
  errorId?: string;
}

/** The period: a preset (quarter, previous quarter, school year) or any two dates. */
export function PeriodFields({ draft, today, onChange, errorId }: PeriodFieldsProps) {
  const { t } = useTranslation();
  const presetId = useId();
  const fromId = useId();
  const toId = useId();
  const preset = presetOf(draft, today);
  const invalid =
    errorId === undefined ? {} : { 'aria-invalid': true, 'aria-describedby': errorId };
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={presetId}>
          {t('dashboard.filter.period')}
        </label>
        <select
          id={presetId}
          className="field__input"
          value={preset}
          onChange={(event) => {
            const chosen = periodPresets.find((p) => p === event.target.value);
            if (chosen) onChange(presetPeriod(chosen, today));
          }}
        >
          {periodPresets.map((p) => (
            <option key={p} value={p}>
              {t(`dashboard.filter.presets.${p}`)}
            </option>
          ))}
          <option value="custom">{t('dashboard.filter.presets.custom')}</option>
        </select>
      </div>
      <div className="field field--date">
        <label className="field__label" htmlFor={fromId}>
          {t('dashboard.filter.from')}
        </label>
        <input
          id={fromId}
          type="date"
          className="field__input"
          value={draft.from}
          onChange={(event) => onChange({ from: event.target.value })}
          {...invalid}
        />
      </div>
      <div className="field field--date">
        <label className="field__label" htmlFor={toId}>
          {t('dashboard.filter.to')}
        </label>
        <input
          id={toId}
          type="date"
          className="field__input"
          value={draft.to}
          onChange={(event) => onChange({ to: event.target.value })}
          {...invalid}
        />
      </div>
    </>
  );
}

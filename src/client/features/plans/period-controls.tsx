import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language.ts';
import { monthTitle } from './calendar-labels.ts';
import { InputField } from '../../components/form-fields.tsx';
import { monthOf, periodRange, shiftMonth, type PlanPeriod } from './plan-period.ts';

interface PeriodControlsProps {
  period: PlanPeriod;
  today: string;
  onChange: (period: PlanPeriod) => void;
}

function MonthStepper({
  month,
  today,
  onChange,
}: {
  month: string;
  today: string;
  onChange: (month: string) => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="plan-period__month">
      <button type="button" className="button" onClick={() => onChange(shiftMonth(month, -1))}>
        <span className="plan-period__arrow" aria-hidden="true">
          ‹
        </span>
        {t('plans.period.previous')}
      </button>
      <strong className="plan-period__title" aria-live="polite">
        {monthTitle(month, language)}
      </strong>
      <button type="button" className="button" onClick={() => onChange(shiftMonth(month, 1))}>
        {t('plans.period.next')}
        <span className="plan-period__arrow" aria-hidden="true">
          ›
        </span>
      </button>
      {month !== monthOf(today) && (
        <button type="button" className="button" onClick={() => onChange(monthOf(today))}>
          {t('plans.period.current')}
        </button>
      )}
    </div>
  );
}

function RangeInputs({
  period,
  onChange,
}: {
  period: PlanPeriod;
  onChange: (period: PlanPeriod) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [typed, setTyped] = useState(() => periodRange(period));
  const reversed = typed.from !== '' && typed.to !== '' && typed.from > typed.to;
  const set = (change: Partial<typeof typed>) => {
    const next = { ...typed, ...change };
    setTyped(next);
    if (next.from !== '' && next.to !== '' && next.from <= next.to)
      onChange({ kind: 'range', ...next });
  };
  return (
    <div className="plan-period__range">
      <InputField
        id={`${id}-from`}
        type="date"
        label={t('plans.period.from')}
        value={typed.from}
        onChange={(from) => set({ from })}
      />
      <InputField
        id={`${id}-to`}
        type="date"
        label={t('plans.period.to')}
        value={typed.to}
        onChange={(to) => set({ to })}
        error={reversed ? t('plans.period.reversed') : undefined}
      />
    </div>
  );
}

/** The period shown: a month with previous and next, or a range of one's own. */
export function PeriodControls({ period, today, onChange }: PeriodControlsProps) {
  const { t } = useTranslation();
  const name = useId();
  const toMonth = () => onChange({ kind: 'month', month: monthOf(periodRange(period).from) });
  return (
    <fieldset className="plan-period">
      <legend className="plan-toolbar__legend">{t('plans.period.legend')}</legend>
      <div className="segmented">
        {(['month', 'range'] as const).map((kind) => (
          <label key={kind} className="segmented__option">
            <input
              type="radio"
              name={name}
              checked={period.kind === kind}
              onChange={() =>
                kind === 'month' ? toMonth() : onChange({ kind: 'range', ...periodRange(period) })
              }
            />
            <span>{t(`plans.period.${kind}`)}</span>
          </label>
        ))}
      </div>
      {period.kind === 'month' ? (
        <MonthStepper
          month={period.month}
          today={today}
          onChange={(month) => onChange({ kind: 'month', month })}
        />
      ) : (
        <RangeInputs period={period} onChange={onChange} />
      )}
    </fieldset>
  );
}

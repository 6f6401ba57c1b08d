import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** How the plan is shown. */
export type PlanView = 'list' | 'calendar';

/** Switches between the list by date and the month calendar. */
export function ViewSwitch({
  view,
  onChange,
}: {
  view: PlanView;
  onChange: (view: PlanView) => void;
}) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="plan-view">
      <legend className="plan-toolbar__legend">{t('plans.views.legend')}</legend>
      <div className="segmented">
        {(['list', 'calendar'] as const).map((option) => (
          <label key={option} className="segmented__option">
            <input
              type="radio"
              name={name}
              checked={view === option}
              onChange={() => onChange(option)}
            />
            <span>{t(`plans.views.${option}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import type { ChangeFormProps } from './plan-change-forms.tsx';

/**
 * Cancels the plan after asking once. The server refuses a plan whose visit
 * has already started; its reason is shown by the dialog.
 */
export function CancelControl({
  plan,
  lookup,
  busy,
  change,
  onCancelled,
}: ChangeFormProps & { onCancelled: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [asking, setAsking] = useState(false);
  const confirm = async () => {
    const cancelled = await change({ cancelled: true }, t('plans.dialog.cancelled'));
    setAsking(false);
    if (cancelled) onCancelled();
  };
  if (!asking) {
    return (
      <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
        {t('plans.dialog.cancel')}
      </button>
    );
  }
  return (
    <div className="plan-confirm" role="group" aria-labelledby={`confirm-${plan.id}`}>
      <p id={`confirm-${plan.id}`} className="plan-confirm__text">
        {t('plans.dialog.confirmCancel', {
          school: lookup.schoolName(plan.schoolId),
          date: formatDate(`${plan.plannedOn}T12:00:00Z`, language),
        })}
      </p>
      <div className="plan-confirm__buttons">
        <button
          type="button"
          className="button button--danger"
          disabled={busy}
          onClick={() => void confirm()}
        >
          {t('plans.dialog.confirmYes')}
        </button>
        <button type="button" className="button" autoFocus onClick={() => setAsking(false)}>
          {t('plans.dialog.confirmNo')}
        </button>
      </div>
    </div>
  );
}

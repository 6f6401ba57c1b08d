import { useTranslation } from 'react-i18next';
import { visitKinds, type VisitKind } from '../../../shared/schemas/visit.ts';

interface KindChoiceProps {
  name: string;
  value: VisitKind;
  onChange: (kind: VisitKind) => void;
}

/** Inspection by the working group or the school's self-audit. */
export function KindChoice({ name, value, onChange }: KindChoiceProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="segmented plan-form__kind">
      <legend className="field__label">{t('plans.fields.kind')}</legend>
      {visitKinds.map((kind) => (
        <label key={kind} className="segmented__option">
          <input
            type="radio"
            name={name}
            value={kind}
            checked={value === kind}
            onChange={() => onChange(kind)}
          />
          <span>{t(`visits.kinds.${kind}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

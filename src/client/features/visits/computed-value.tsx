import { useTranslation } from 'react-i18next';
import type { SimpleItem } from '../../../shared/checklist/item-schema.ts';
import { intlLocale } from '../../i18n/languages.ts';
import { useLanguage } from '../../i18n/use-language.ts';

interface ComputedValueProps {
  item: Extract<SimpleItem, { kind: 'computed' }>;
  value: number | null;
  id: string;
}

/** A value the checklist computes from other answers; it updates as they change. */
export function ComputedValue({ item, value, id }: ComputedValueProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const text =
    value === null
      ? t('visits.noValue')
      : new Intl.NumberFormat(intlLocale[language], {
          maximumFractionDigits: item.decimals,
          minimumFractionDigits: 0,
        }).format(value) + (item.format === 'percent' ? ' %' : item.unit ? ` ${item.unit}` : '');
  return (
    <div className="question question--computed" id={id}>
      <span className="question__label">{item.label}</span>
      <output className="computed-value" aria-live="polite">
        {text}
      </output>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import type { Answer } from '../../../shared/checklist/answer-schema.ts';
import type { SimpleItem } from '../../../shared/checklist/item-schema.ts';
import { formatDate, formatNumber } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';

/** How an answer reads in a summary or a report: «Частично», «12 шт.», «75 %». */
export function useAnswerText() {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = (value: number, decimals?: number) => formatNumber(value, language, decimals);

  return (item: SimpleItem, answer: Answer | undefined, computed: number | null): string => {
    if (item.kind === 'computed') {
      if (computed === null) return t('visits.noValue');
      const suffix = item.format === 'percent' ? ' %' : item.unit ? ` ${item.unit}` : '';
      return number(computed, item.decimals) + suffix;
    }
    if (answer?.na === true) return t('visits.na');
    const value = answer?.value;
    if (value === undefined || value === '') return t('visits.noValue');
    switch (item.kind) {
      case 'yes_no':
        return value === 'yes' || value === 'no' || value === 'partly'
          ? t(`visits.${value}`)
          : String(value);
      case 'choice': {
        const chosen = Array.isArray(value) ? value : [String(value)];
        return chosen.map((v) => item.options.find((o) => o.value === v)?.label ?? v).join('; ');
      }
      case 'skill':
        return value === 0 || value === 1 || value === 2
          ? t(`visits.skill${value}`)
          : String(value);
      case 'number':
        return typeof value === 'number'
          ? number(value) + (item.unit ? ` ${item.unit}` : '')
          : String(value);
      case 'date':
        return typeof value === 'string' ? formatDate(`${value}T12:00:00Z`, language) : '';
      default:
        return Array.isArray(value) ? value.join('; ') : String(value);
    }
  };
}

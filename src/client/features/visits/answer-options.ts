import type { TFunction } from 'i18next';
import type { SimpleItem } from '../../../shared/checklist/item-schema.ts';

export interface AnswerOption {
  value: string;
  label: string;
}

/**
 * The values a question offers, as the screen words them (without «не
 * применимо»); none for questions answered by typing.
 */
export function answerOptions(item: SimpleItem, t: TFunction): AnswerOption[] {
  if (item.kind === 'yes_no') {
    const partly = item.partly ? [{ value: 'partly', label: t('visits.partly') }] : [];
    return [
      { value: 'yes', label: t('visits.yes') },
      ...partly,
      { value: 'no', label: t('visits.no') },
    ];
  }
  if (item.kind === 'skill') {
    return [0, 1, 2].map((level) => ({
      value: String(level),
      label: t(`visits.skill${level}` as 'visits.skill0'),
    }));
  }
  if (item.kind === 'choice') return item.options;
  return [];
}
